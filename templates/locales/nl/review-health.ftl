## The value review, Demonstrate: the health score ("gezondheid", "gezondheidsscore").

# $band: healthy, watch, at_risk or no_data.
health-band =
    { $band ->
        [healthy] Gezond
        [watch] Aandacht nodig
        [at_risk] Risico
       *[no_data] Geen gegevens
    }

# The health score's components.
health-component =
    { $component ->
        [adoption] Adoptie
        [goals] Voortgang doelen
        [success_plan] Succesplan
        [support] Support
       *[sentiment] Sentiment (NPS)
    }

health-none = De gezondheidsscore is niet te bepalen: geen van de onderdelen heeft gegevens.

# Health is $score out of 100 in $band. $trend: up or down ($points since $previous in
# $period), same, or none (nothing to compare).
health-score =
    De gezondheidsscore is { $score } van de 100 ({ $band ->
        [healthy] gezond
        [watch] aandacht nodig
        [at_risk] risico
       *[no_data] geen gegevens
    }){ $trend ->
        [up] , { $points ->
            [one] { $points } punt
           *[other] { $points } punten
        } hoger dan de { $previous } van { $period }
        [down] , { $points ->
            [one] { $points } punt
           *[other] { $points } punten
        } lager dan de { $previous } van { $period }
        [same] , onveranderd ten opzichte van { $period }
       *[none] {""}
    }.

# Only $with_data of the $total components have data.
health-partial = De score is gebaseerd op { $with_data } van de { $total } onderdelen; voor de overige zijn geen gegevens.

# How the score is based: on every component ($all is yes), or on $with_data of $total.
health-basis =
    { $all ->
        [yes] Gebaseerd op alle { $total } onderdelen.
       *[other] Gebaseerd op { $with_data } van de { $total } onderdelen; onderdelen zonder gegevens tellen niet mee en de overige zijn opnieuw gewogen.
    }

# A component without data has no weight.
health-not-counted = telt niet mee
