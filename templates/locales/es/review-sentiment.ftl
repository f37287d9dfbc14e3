## La revisión de valor: tickets de soporte y NPS.
## $period y $previous son nombres de periodo ("T3 2026").

# La variación de una puntuación desde un periodo anterior: "+6 desde T2 2026".
change-since = { $change } desde { $period }

support-none = No se abrieron tickets de soporte en { $period }.

# $opened tickets en $period, $escalated de ellos escalados, $critical críticos (se omite
# cuando es 0), $closed cerrados.
support-tickets =
    { $opened ->
        [one] Se abrió { $opened } ticket
       *[other] Se abrieron { $opened } tickets
    } en { $period } ({ $escalated ->
        [0] ninguno escalado
        [one] { $escalated } escalado
       *[other] { $escalated } escalados
    }{ $critical ->
        [0] {""}
        [one] {" "}y { $critical } crítico
       *[other] {" "}y { $critical } críticos
    }); { $closed ->
        [one] se cerró { $closed }
       *[other] se cerraron { $closed }
    }.

# La valoración media de los tickets, sobre 5. $csat es un número formateado ("4,6").
support-csat = Los usuarios valoraron sus tickets con una media de { $csat } sobre 5.
support-csat-score = { $csat } / 5
# Sin valoración. $why: no-tickets o unrated.
support-csat-none =
    { $why ->
        [no-tickets] Sin tickets, no hay valoraciones de soporte.
       *[unrated] El cliente no valoró ningún ticket en este periodo.
    }

# Un mes en el texto alternativo del gráfico de tickets: "jul: 4 (1 escalado)".
support-chart-month =
    { $month }: { $opened }{ $escalated ->
        [0] {""}
        [one] {" "}({ $escalated } escalado)
       *[other] {" "}({ $escalated } escalados)
    }
support-chart-alt = Gráfico de barras de tickets de soporte abiertos por mes en { $period }: { $months }.

nps-none = No hubo respuestas de NPS en este periodo.

# El NPS es $score con $responses respuestas ($promoters, $passives, $detractors). $trend: up
# o down (desde $previous en $period), same, o none (entonces no hubo respuestas).
nps-score =
    El NPS es de { $score }, con { $responses ->
        [one] { $responses } respuesta
       *[other] { $responses } respuestas
    } ({ $promoters ->
        [one] { $promoters } promotor
       *[other] { $promoters } promotores
    }, { $passives ->
        [one] { $passives } pasivo
       *[other] { $passives } pasivos
    } y { $detractors ->
        [one] { $detractors } detractor
       *[other] { $detractors } detractores
    }){ $trend ->
        [up] , por encima del { $previous } de { $period }
        [down] , por debajo del { $previous } de { $period }
        [same] , igual que en { $period }
       *[none] ; en { $period } no hubo respuestas con las que comparar
    }.

# Pocas respuestas: una advertencia tras la puntuación.
nps-caution =
    Con { $responses ->
        [one] { $responses } respuesta
       *[other] { $responses } respuestas
    }, es un dato orientativo, no una medición.

# Quién escribió un comentario cuando no se conoce el contacto (los nombres nunca se imprimen).
nps-respondent = Encuestado
nps-comment-score = { $score }/10
# Por qué no hay comentarios. $why: no-responses o no-comments.
nps-comments-missing =
    { $why ->
        [no-responses] No hubo respuestas de NPS en este periodo, así que no hay comentarios.
       *[no-comments] Ningún encuestado dejó comentarios en este periodo.
    }

# Un periodo en el texto alternativo del gráfico de NPS: "T3 2026: +32 (12 respuestas)".
nps-chart-period =
    { $scored ->
        [yes] { $period }: { $score } ({ $responses ->
            [one] { $responses } respuesta
           *[other] { $responses } respuestas
        })
       *[no] { $period }: sin respuestas
    }
nps-chart-alt = Gráfico de líneas del NPS por periodo, en una escala de −100 a +100: { $periods }.
nps-chart-missing = No hay gráfico de evolución del NPS: menos de dos de los últimos cuatro periodos tuvieron respuestas.
