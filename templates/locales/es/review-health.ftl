## La revisión de valor, Demostrar: el índice de salud.

# $band: healthy, watch, at_risk o no_data.
health-band =
    { $band ->
        [healthy] Saludable
        [watch] En observación
        [at_risk] En riesgo
       *[no_data] Sin datos
    }

# Los componentes del índice de salud.
health-component =
    { $component ->
        [adoption] Adopción
        [goals] Avance de objetivos
        [success_plan] Plan de éxito
        [support] Soporte
       *[sentiment] Satisfacción (NPS)
    }

health-none = No se puede calcular el índice de salud: ninguno de sus componentes tiene datos.

# La salud es $score sobre 100, en la franja $band. $trend: up o down ($points desde
# $previous en $period), same, o none (nada con qué comparar).
health-score =
    El índice de salud es de { $score } sobre 100 ({ $band ->
        [healthy] saludable
        [watch] en observación
        [at_risk] en riesgo
       *[no_data] sin datos
    }){ $trend ->
        [up] , { $points ->
            [one] { $points } punto
           *[other] { $points } puntos
        } más que en { $period } ({ $previous })
        [down] , { $points ->
            [one] { $points } punto
           *[other] { $points } puntos
        } menos que en { $period } ({ $previous })
        [same] , sin cambios respecto a { $period }
       *[none] {""}
    }.

# Solo $with_data de los $total componentes tienen datos.
health-partial = Se basa en { $with_data } de sus { $total } componentes; los demás no tienen datos.

# En qué se basa el índice: en todos los componentes ($all es yes) o en $with_data de $total.
health-basis =
    { $all ->
        [yes] Basado en los { $total } componentes.
       *[other] Basado en { $with_data } de { $total } componentes; los que no tienen datos se excluyen y el resto se repondera.
    }

# Un componente sin datos no tiene peso.
health-not-counted = excluido
