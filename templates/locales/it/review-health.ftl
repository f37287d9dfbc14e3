## The value review, Demonstrate: the health score (indice di salute).

# $band: healthy, watch, at_risk or no_data.
health-band =
    { $band ->
        [healthy] Buono
        [watch] Da monitorare
        [at_risk] A rischio
       *[no_data] Nessun dato
    }

# The health score's components (la componente, feminine).
health-component =
    { $component ->
        [adoption] Adozione
        [goals] Avanzamento obiettivi
        [success_plan] Success plan
        [support] Supporto
       *[sentiment] Soddisfazione (NPS)
    }

health-none = Non è possibile calcolare l'indice di salute: nessuna delle sue componenti ha dati.

# Health is $score out of 100 in $band. $trend: up or down ($points since $previous in
# $period), same, or none (nothing to compare).
health-score =
    L'indice di salute è { $score } su 100 ({ $band ->
        [healthy] buono
        [watch] da monitorare
        [at_risk] a rischio
       *[no_data] nessun dato
    }){ $trend ->
        [up] , in aumento di { $points ->
            [one] { $points } punto
           *[other] { $points } punti
        } rispetto a { $previous } nel periodo { $period }
        [down] , in calo di { $points ->
            [one] { $points } punto
           *[other] { $points } punti
        } rispetto a { $previous } nel periodo { $period }
        [same] , invariato rispetto al periodo { $period }
       *[none] {""}
    }.

# Only $with_data of the $total components have data.
health-partial = Si basa su { $with_data } delle sue { $total } componenti; le altre non hanno dati.

# How the score is based: on every component ($all is yes), or on $with_data of $total.
health-basis =
    { $all ->
        [yes] Calcolato su tutte e { $total } le componenti.
       *[other] Calcolato su { $with_data } delle { $total } componenti; quelle senza dati sono escluse e il peso delle altre è ridistribuito.
    }

# A component without data has no weight.
health-not-counted = non conteggiata
