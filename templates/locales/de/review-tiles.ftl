## Das Value Review, Seite 1: die vier Kennzahl-Kacheln.

# Der Name der Kachel. $tile: goals, adoption, health oder nps.
tile-label =
    { $tile ->
        [goals] Zielerreichung
        [adoption] Genutzte Lizenzen
        [health] Health Score
       *[nps] NPS
    }

# Die große Zahl, wenn es keine gibt.
tile-no-data = Keine Daten

tile-goals-caption =
    { $achieved } von { $count ->
        [one] { $count } Ziel
       *[other] { $count } Zielen
    } erreicht

# Kein Zielfortschritt. $why: no-goals oder not-measured ($count Ziele ohne Messwerte).
tile-goals-empty-value =
    { $why ->
        [no-goals] Keine Ziele
       *[not-measured] Nicht gemessen
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] noch keine vereinbart
       *[not-measured] { $count ->
            [one] { $count } Ziel ohne Messwert
           *[other] { $count } Ziele ohne Messwerte
        }
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] Es sind noch keine Ziele vereinbart; sie zu vereinbaren ist der erste Schritt im nächsten Zeitraum.
       *[not-measured] Noch hat kein Ziel einen Messwert, daher lässt sich kein Fortschritt darstellen.
    }

# $active und $seats sind formatierte Zahlen.
tile-adoption-caption = { $active } von { $seats } genutzt
tile-adoption-empty-caption =
    { $seats ->
        [0] keine Lizenzen erfasst
        [one] { $seats } Lizenz erworben
       *[other] { $seats } Lizenzen erworben
    }

# Unter dem Health Score: seine Stufe und auf wie vielen Komponenten er beruht ($all ist yes,
# wenn für jede Komponente Daten vorliegen).
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band } · von 100 Punkten
           *[other] { $band } · Basis: { $with_data } von { $total } Komponenten
        }
       *[no] keine Komponente mit Daten
    }

tile-nps-none = Keine Antworten
tile-nps-caption =
    { $responses ->
        [0] keine in diesem Zeitraum
        [one] { $responses } Antwort
       *[other] { $responses } Antworten
    }
