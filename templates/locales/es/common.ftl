## Palabras que comparten todos los documentos: periodos, roles de las partes interesadas,
## estados de los objetivos, cifras.
## Los números, importes y fechas llegan ya formateados para el idioma del lector (CLDR), así
## que cada mensaje solo los coloca. Se pueden editar libremente; `recap review` lee estos
## archivos en cada ejecución.

# Un trimestre natural. $quarter va de 1 a 4; $year es un año, p. ej. 2026.
period-quarter = T{ $quarter } { $year }

# Un intervalo de días que no es un mes, trimestre o año completo. $start y $end son fechas.
period-range = { $start } – { $end }

# Un rol de parte interesada como etiqueta. $role es una de las claves de abajo; $name es un
# rol que recap no conoce, tal como lo escriben los datos.
role =
    { $role ->
        [executive_sponsor] Patrocinador ejecutivo
        [champion] Impulsor interno
        [end_user] Usuarios finales
        [admin] Administrador
        [unassigned] Sin asignar
       *[other] { $name }
    }

# El mismo rol dentro de una frase: "…acordar la próxima meta con el patrocinador ejecutivo".
role-in-sentence =
    { $role ->
        [executive_sponsor] el patrocinador ejecutivo
        [champion] el impulsor interno
        [end_user] los usuarios finales
        [admin] el administrador
        [unassigned] el equipo
       *[other] { $name }
    }

# Situación de un objetivo.
goal-status =
    { $status ->
        [achieved] Alcanzado
        [on_track] En buen camino
        [at_risk] En riesgo
        [missed] No alcanzado
       *[no_data] Sin datos
    }

# Una cifra en puntos (tablas). $value viene formateado; $count es el mismo número para el
# plural.
quantity-points =
    { $count ->
        [one] { $value } pto.
       *[other] { $value } ptos.
    }

# Más nombres de los que caben: "Dana Whitfield y Lee Park, y 3 más". $names llega ya unido
# como lista ("Dana Whitfield y Lee Park").
names-and-more = { $names }, y { $more } más

# Lo que separa dos frases de un mismo párrafo (un espacio; nada en japonés).
sentence-gap = {" "}

# Una variación en puntos dentro de una frase: "subió 24 puntos", "4,5 puntos más".
points-words =
    { $count ->
        [one] { $value } punto
       *[other] { $value } puntos
    }
