## La ficha de llamada: una página que un CSM lee antes de hablar con un cliente (recap brief).
## Las cifras, fechas e importes llegan ya formateados para el idioma (CLDR); un mensaje solo
## los coloca. Cada línea de una lista debe caber en una línea de su columna.

brief-title = Ficha de llamada: { $account }
brief-heading = Ficha de llamada
brief-subtitle = { $id } · a { $date } · cambios desde el { $since }

brief-cell-arr = ARR
brief-cell-renewal = Renovación
brief-cell-contract = Inicio del contrato
brief-cell-segment = Segmento
brief-cell-touch = Modelo de atención
brief-cell-csm = CSM
brief-arr-none = Sin datos de ARR
brief-not-recorded = Sin registrar
brief-renewal-days =
    { $when ->
        [today] hoy
        [past] hace { $days ->
            [one] { $days } día
           *[other] { $days } días
        }
       *[future] en { $days ->
            [one] { $days } día
           *[other] { $days } días
        }
    }
brief-no-data = sin datos

brief-health-heading = Salud
brief-health-previous = Hace un trimestre: { $score }
brief-health-component = { $component }: { $now } (hace un trimestre: { $before })
brief-health-moved =
    { $component } { $direction ->
        [up] subió
       *[down] bajó
    } de { $from } a { $to } desde el { $date }.
brief-health-escalations =
    { $escalations ->
        [one] { $escalations } escalado
       *[other] { $escalations } escalados
    } entre { $opened ->
        [one] { $opened } ticket
       *[other] { $opened } tickets
    } este trimestre.
brief-health-steady = Ningún componente se movió desde el { $date }.
brief-health-no-comparison = Sin comparación: la salud de hace un trimestre no tiene datos.

brief-points-heading = Temas para la llamada
brief-points-none = Ningún tema: ninguna de las reglas del pie de página se cumple para esta cuenta.
brief-someone = Un contacto
brief-point-renewal = Renovación en { $days ->
        [one] { $days } día
       *[other] { $days } días
    } ({ $date }) con una salud de { $health }: preguntar qué les impide renovar.
brief-point-detractor =
    { $who } dio un NPS de { $score } el { $date }{ $commented ->
        [yes] : «{ $comment }»
       *[no] .
    }
brief-point-health = La salud bajó de { $from } a { $to } desde el { $date }: averiguar qué ha cambiado para ellos.
brief-point-shelfware = { $seats ->
        [one] { $seats } licencia pagada está sin usar
       *[other] { $seats } licencias pagadas están sin usar
    }, por valor de { $value } ({ $share } del ARR): planificar la adopción antes de hablar de la renovación.
brief-point-goal = «{ $goal }» alcanzó su objetivo el { $date } ({ $actual } frente a { $target }): celebrarlo con ellos.

brief-changed-heading = Qué cambió desde el { $date }
brief-changed-tickets =
    { $opened ->
        [0] Ningún ticket abierto
        [one] { $opened } ticket abierto
       *[other] { $opened } tickets abiertos
    }{ $escalated ->
        [0] {""}
        [one] , { $escalated } escalado
       *[other] , { $escalated } escalados
    }
brief-changed-nps =
    { $responses ->
        [one] { $responses } respuesta NPS
       *[other] { $responses } respuestas NPS
    }: NPS { $score }, { $detractors ->
        [one] { $detractors } detractor
       *[other] { $detractors } detractores
    }
brief-changed-no-nps = Sin respuestas NPS
brief-changed-quote = { $who } ({ $score }): «{ $comment }»
brief-changed-arr = ARR { $from } → { $to } en { $month }
brief-changed-seats = Licencias compradas { $from } → { $to }
brief-changed-late = Hito ahora retrasado: { $title } (vencía el { $date })
brief-changed-done = Hito completado: { $title } ({ $date })
brief-changed-measured = { $goal }: { $value } el { $date }

brief-severity =
    { $severity ->
        [critical] Crítica
        [high] Alta
        [normal] Normal
        [low] Baja
       *[other] { $name }
    }
brief-tickets-heading = Tickets abiertos ({ $count })
brief-ticket = { $severity } · { $id } · abierto hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }{ $escalated ->
        [yes] {" "}· escalado
       *[no] {""}
    }
brief-tickets-none = Ningún ticket abierto.
brief-late-heading = Hitos retrasados ({ $count })
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] el cliente
            [vendor] nosotros
           *[other] sin responsable
        }
    } · vencía el { $date } ({ $days ->
        [one] { $days } día de retraso
       *[other] { $days } días de retraso
    })
brief-late-none = Ningún hito retrasado.
brief-off-track-heading = Objetivos desviados ({ $count })
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] {" "}para el { $date }
       *[no] {""}
    }
brief-off-track-none = Ningún objetivo desviado.
brief-goals-none = No hay objetivos registrados.

brief-people-heading = Quién es quién ({ $count })
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· dado de baja: no escribir
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = No hay contactos registrados.

brief-and-more = y { $count } más

brief-rules = Temas, uno por regla: renovación en { $days } días o menos con una salud inferior a { $health }; un detractor (NPS de { $detractor } o menos) desde el { $since }; salud { $drop } puntos o más por debajo en un trimestre; licencias sin usar por valor de más del { $share } del ARR; un objetivo alcanzado desde el { $since }. La salud es la puntuación de la revisión de valor; los datos no registran el seguimiento de los detractores.

ui-brief-out-of = de 100
ui-brief-open-heading = Qué está abierto
