## Das Value Review, Nachweis: der Health Score.

# $band: healthy, watch, at_risk oder no_data.
health-band =
    { $band ->
        [healthy] Gesund
        [watch] Unter Beobachtung
        [at_risk] Gefährdet
       *[no_data] Keine Daten
    }

# Die Komponenten des Health Scores.
health-component =
    { $component ->
        [adoption] Nutzung
        [goals] Zielerreichung
        [success_plan] Success-Plan
        [support] Support
       *[sentiment] Kundenstimmung (NPS)
    }

health-none = Der Health Score lässt sich nicht berechnen: Für keine seiner Komponenten liegen Daten vor.

# Der Health Score ist $score von 100 in der Stufe $band. $trend: up oder down ($points seit
# $previous in $period), same oder none (kein Vergleich möglich).
health-score =
    Der Health Score liegt bei { $score } von 100 Punkten ({ $band ->
        [healthy] gesund
        [watch] unter Beobachtung
        [at_risk] gefährdet
       *[no_data] keine Daten
    }){ $trend ->
        [up] , ein Plus von { $points ->
            [one] { $points } Punkt
           *[other] { $points } Punkten
        } gegenüber { $period } ({ $previous })
        [down] , ein Minus von { $points ->
            [one] { $points } Punkt
           *[other] { $points } Punkten
        } gegenüber { $period } ({ $previous })
        [same] , unverändert gegenüber { $period }
       *[none] {""}
    }.

# Nur für $with_data der $total Komponenten liegen Daten vor.
health-partial = Grundlage sind { $with_data } der { $total } Komponenten; für die übrigen liegen keine Daten vor.

# Worauf der Score beruht: auf allen Komponenten ($all ist yes) oder auf $with_data von $total.
health-basis =
    { $all ->
        [yes] Berechnet aus allen { $total } Komponenten.
       *[other] Berechnet aus { $with_data } von { $total } Komponenten; Komponenten ohne Daten bleiben unberücksichtigt, die übrigen werden neu gewichtet.
    }

# Eine Komponente ohne Daten hat kein Gewicht.
health-not-counted = nicht gewertet
