## Wrapped: el resumen del año. Cada tarjeta es una cifra grande y una línea debajo; líneas
## breves, orgullosas y sencillas. $year es un año ("2026"); las cifras llegan ya formateadas.

# La tarjeta de apertura, bajo el nombre del cliente. $partial es yes cuando se incorporó durante
# el año, en $joined (un mes).
wrapped-opening =
    { $partial ->
        [yes] Su { $year } con nosotros, desde su llegada en { $joined }
       *[no] Su { $year } con nosotros
    }

# Bajo el valor en dinero que aportaron los objetivos.
wrapped-value = de valor medible generado en { $year }

# Bajo el número de objetivos alcanzados este año.
wrapped-goals =
    { $count ->
        [one] objetivo alcanzado
       *[other] objetivos alcanzados
    }

# Bajo la mayor mejora (un porcentaje) en la medida propia del cliente $metric, que pasó de
# $from a $to.
wrapped-improvement = de mejora en { LOWERFIRST($metric) }: de { $from } a { $to }

# Bajo el número de usuarios activos. $grew es yes cuando crecieron un $growth respecto al mismo
# mes del año anterior.
wrapped-users =
    { $grew ->
        [yes] { $count ->
            [one] persona lo usa cada mes, un { $growth } más que hace un año
           *[other] personas lo usan cada mes, un { $growth } más que hace un año
        }
       *[no] { $count ->
            [one] persona lo usa cada mes
           *[other] personas lo usan cada mes
        }
    }

# Una posición frente a clientes similares, bajo la tarjeta de usuarios:
# "Top 4 % de los clientes Mid-Market…".
wrapped-rank-growth = Top { $top } de los clientes { $segment } en crecimiento de usuarios activos

# Bajo el nombre de la funcionalidad más usada: $users en su punto máximo; $new funcionalidades
# nuevas adoptadas.
wrapped-feature =
    la funcionalidad más usada, por { $users ->
        [one] { $users } persona
       *[other] { $users } personas
    }{ $new ->
        [0] {""}
        [one] , y { $new } funcionalidad nueva en uso
       *[other] , y { $new } funcionalidades nuevas en uso
    }

# Bajo el nombre del mes con más actividad.
wrapped-busiest =
    su mes de mayor actividad: { $events ->
        [one] { $events } acción
       *[other] { $events } acciones
    }

wrapped-milestones =
    { $count ->
        [one] hito del plan de éxito completado
       *[other] hitos del plan de éxito completados
    }

# Bajo el número de tickets de soporte resueltos; $avoided urgentes se resolvieron sin escalar.
wrapped-support =
    { $count ->
        [one] ticket de soporte resuelto
       *[other] tickets de soporte resueltos
    }{ $avoided ->
        [0] {""}
        [one] , incluido { $avoided } urgente sin escalar
       *[other] , incluidos { $avoided } urgentes sin escalar
    }

# La tarjeta de cierre: las palabras grandes y luego el objetivo del próximo año ($goaled es yes
# cuando lo hay). $next es el año siguiente.
wrapped-closing-big = Rumbo a { $next }
wrapped-closing =
    { $goaled ->
        [yes] Próximo objetivo: { $goal }. Planifiquémoslo juntos.
       *[no] Fijemos juntos los objetivos del próximo año.
    }

# The PDF's title.
wrapped-title = { $account }: su { $year } con { $company }

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account }: su { $year } con { $company }
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this. $role comes with its article ("el impulsor interno",
# "los usuarios finales"), so it follows "para" (no "a el"/"al" contraction, no verb agreement).
wrapped-email-why = Este correo de { $company } es para { $role } de { $account }.
ui-wrapped-email-cta = Reserve su revisión de { $next }
ui-wrapped-email-share-heading = Comparta su año
ui-wrapped-email-pdf = Su año en PDF
ui-wrapped-email-image = La imagen para compartir
ui-wrapped-email-unsubscribe = Darse de baja
