## La revisión de valor, Entregar: licencias, licencias sin uso (shelfware), usuarios activos
## y funcionalidades.
## $month es el mes en que se leen las cifras de licencias ("septiembre de 2026").

adoption-nothing = No hay licencias ni uso del producto registrados para esta cuenta.

# Se contrataron licencias, pero no se registró uso de nadie. $seats es un número.
adoption-no-usage =
    { $seats ->
        [one] { $seats } licencia contratada
       *[other] { $seats } licencias contratadas
    }, pero no se registró uso en { $month }, así que no se puede mostrar el uso de las licencias.

# Hubo personas que usaron el producto, pero no hay licencias registradas. $active es un número.
adoption-no-seats =
    { $active ->
        [one] { $active } persona estuvo activa
       *[other] { $active } personas estuvieron activas
    } en { $month }; no hay licencias contratadas registradas, así que no se puede calcular la tasa de uso.

# Más personas activas que licencias contratadas. $active y $seats son números formateados.
adoption-over = En { $month } hubo { $active } personas activas con { $seats } licencias contratadas: más usuarios que licencias.

# $active de $seats (números formateados) estuvieron activas; $utilization es un porcentaje.
adoption-used = En { $month } se usaron { $active } de las { $seats } licencias contratadas ({ $utilization }).

# Todas las licencias se usan y hubo $extra personas activas más que licencias.
shelfware-none-over = Todas las licencias contratadas están en uso, y los usuarios activos superan en { $extra } a las licencias.
shelfware-none = Todas las licencias contratadas están en uso: no hay licencias sin uso.
# $seats licencias sin uso (un número) con un valor de $value al año.
shelfware-valued =
    { $seats ->
        [one] { $seats } licencia está sin uso
       *[other] { $seats } licencias están sin uso
    }, con un valor de { $value } al año al precio actual por licencia.
shelfware-unpriced =
    { $seats ->
        [one] { $seats } licencia está sin uso
       *[other] { $seats } licencias están sin uso
    }; no hay ingresos recurrentes registrados con los que ponerles precio.

# Usuarios activos desde el primer mes con uso ($first, $from personas) hasta el último
# ($last, $to personas). $way: rose, fell o held.
adoption-trend =
    { $way ->
        [rose] Los usuarios activos aumentaron de { $from } en { $first } a { $to } en { $last }.
        [fell] Los usuarios activos disminuyeron de { $from } en { $first } a { $to } en { $last }.
       *[held] Los usuarios activos se mantuvieron en { $from } entre { $first } y { $last }.
    }

# Texto alternativo del gráfico de adopción. $users es adoption-trend; $same es yes cuando
# las licencias contratadas se mantuvieron en $to; si no, pasaron de $from a $to.
adoption-chart-alt =
    Gráfico de líneas de usuarios activos y licencias contratadas por mes, de { $first } a { $last }. { $users } { $same ->
        [yes] Las licencias contratadas se mantuvieron en { $to }.
       *[no] Las licencias contratadas pasaron de { $from } a { $to }.
    }

# Por qué no hay gráfico de adopción. $why: no-usage o one-month.
adoption-chart-missing =
    { $why ->
        [no-usage] No hay datos de uso de los últimos doce meses, así que no hay gráfico de adopción.
       *[one-month] Solo se registró uso en un mes, lo que aún no es una tendencia, así que no hay gráfico de adopción.
    }

## Funcionalidades. Los nombres de las funcionalidades son los del propio producto, tomados
## de los datos.

features-none = No se registró uso de funcionalidades en { $month }.

# La funcionalidad más usada ($top, $top_users personas, $share de los usuarios activos
# cuando $shared es yes) y la menos usada ($low, $low_users personas).
features-top =
    { $top } es la funcionalidad más usada ({ $top_users ->
        [one] { $top_users } usuario
       *[other] { $top_users } usuarios
    }{ $shared ->
        [yes] , el { $share } de los usuarios activos
       *[no] {""}
    }); { $low } es la menos usada, con { $low_users ->
        [one] { $low_users } usuario
       *[other] { $low_users } usuarios
    }.

features-only =
    { $top } es la única funcionalidad en uso en { $month }, con { $top_users ->
        [one] { $top_users } usuario
       *[other] { $top_users } usuarios
    }.

# Texto alternativo del gráfico de funcionalidades. $bars enumera "funcionalidad usuarios; …";
# $more funcionalidades no se muestran.
features-chart-alt =
    Gráfico de barras de usuarios activos por funcionalidad en { $month }: { $bars }{ $more ->
        [0] {""}
       *[other] {" "}({ $more } más sin mostrar)
    }.

# Tras la cifra de licencias sin uso, en letra pequeña: "40 licencias sin uso".
shelfware-unit =
    { $count ->
        [one] licencia sin uso
       *[other] licencias sin uso
    }

# Bajo el gráfico de funcionalidades cuando deja algunas fuera.
features-more =
    { $count ->
        [one] No se muestra { $count } funcionalidad más.
       *[other] No se muestran { $count } funcionalidades más.
    }
