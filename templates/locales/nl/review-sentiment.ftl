## The value review: support tickets and NPS.
## $period and $previous are period names ("Q3 2026").
## NPS terms: promotors, neutralen (passives), criticasters (detractors); a response is a "reactie".

# A change of a score since an earlier period: "+6 sinds Q2 2026".
change-since = { $change } sinds { $period }

support-none = In { $period } zijn geen supporttickets geopend.

# $opened tickets in $period, $escalated of them escalated, $critical critical (left out
# when 0), $closed closed.
support-tickets =
    In { $period } { $opened ->
        [one] is { $opened } ticket
       *[other] zijn { $opened } tickets
    } geopend (waarvan { $escalated } geëscaleerd{ $critical ->
        [0] {""}
       *[other] {" "}en { $critical } kritiek
    }); { $closed } gesloten.

# The average rating of tickets, out of 5. $csat is a formatted number ("4,6").
support-csat = Klanten gaven hun tickets gemiddeld een { $csat } van de 5.
support-csat-score = { $csat } / 5
# No rating. $why: no-tickets or unrated.
support-csat-none =
    { $why ->
        [no-tickets] Zonder tickets zijn er geen beoordelingen van de support.
       *[unrated] De klant heeft deze periode geen enkel ticket beoordeeld.
    }

# One month in the ticket chart's text alternative: "juli 4 (1 geëscaleerd)".
support-chart-month =
    { $month } { $opened }{ $escalated ->
        [0] {""}
       *[other] {" "}({ $escalated } geëscaleerd)
    }
support-chart-alt = Staafgrafiek van het aantal geopende supporttickets per maand in { $period }: { $months }.

nps-none = Deze periode geen NPS-reacties.

# NPS is $score from $responses responses ($promoters, $passives, $detractors). $trend: up
# or down (from $previous in $period), same, or none (no responses then).
nps-score =
    De NPS is { $score } op basis van { $responses ->
        [one] { $responses } reactie
       *[other] { $responses } reacties
    } ({ $promoters ->
        [one] { $promoters } promotor
       *[other] { $promoters } promotors
    }, { $passives ->
        [one] { $passives } neutrale
       *[other] { $passives } neutralen
    }, { $detractors ->
        [one] { $detractors } criticaster
       *[other] { $detractors } criticasters
    }){ $trend ->
        [up] , hoger dan de { $previous } van { $period }
        [down] , lager dan de { $previous } van { $period }
        [same] , gelijk aan { $period }
       *[none] ; in { $period } waren er geen reacties om mee te vergelijken
    }.

# Few responses: a caution after the score.
nps-caution =
    Met { $responses ->
        [one] { $responses } reactie
       *[other] { $responses } reacties
    } is dit een indicatie, geen meting.

# Who wrote a comment when the contact is unknown (names are never printed).
nps-respondent = Respondent
nps-comment-score = { $score }/10
# Why there are no comments. $why: no-responses or no-comments.
nps-comments-missing =
    { $why ->
        [no-responses] Deze periode geen NPS-reacties, dus ook geen opmerkingen.
       *[no-comments] Geen enkele respondent heeft deze periode een opmerking achtergelaten.
    }

# One period in the NPS chart's text alternative: "Q3 2026 +32 (12 reacties)".
nps-chart-period =
    { $scored ->
        [yes] { $period } { $score } ({ $responses ->
            [one] { $responses } reactie
           *[other] { $responses } reacties
        })
       *[no] { $period } geen reacties
    }
nps-chart-alt = Lijngrafiek van de NPS per periode op een schaal van −100 tot +100: { $periods }.
nps-chart-missing = Er is geen NPS-trendgrafiek: in minder dan twee van de laatste vier perioden kwamen reacties binnen.
