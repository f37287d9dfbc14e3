## La revue de valeur : tickets de support et NPS.
## $period et $previous sont des noms de période (« T3 2026 »). Pour éviter « au T3 » /
## « en 2026 », les phrases placent la période en tête, suivie de deux-points, ou entre
## parenthèses.

# L’évolution d’un score depuis une période antérieure : « +6 vs T2 2026 ».
change-since = { $change } vs { $period }

support-none = { $period } : aucun ticket de support ouvert.

# $opened tickets sur $period, dont $escalated escaladés et $critical critiques (omis
# quand 0) ; $closed clôturés.
support-tickets =
    { $period } : { $opened ->
        [one] { $opened } ticket ouvert
       *[other] { $opened } tickets ouverts
    } ({ $escalated ->
        [0] aucun escaladé
        [one] { $escalated } escaladé
       *[other] { $escalated } escaladés
    }{ $critical ->
        [0] {""}
       *[other] {" "}et { $critical ->
            [one] { $critical } critique
           *[other] { $critical } critiques
        }
    }) ; { $closed ->
        [0] aucun clôturé
        [one] { $closed } clôturé
       *[other] { $closed } clôturés
    }.

# La note moyenne des tickets, sur 5. $csat est un nombre formaté (« 4,6 »).
support-csat = Les clients ont attribué à leurs tickets une note moyenne de { $csat } sur 5.
support-csat-score = { $csat } / 5
# Pas de note. $why : no-tickets ou unrated.
support-csat-none =
    { $why ->
        [no-tickets] Sans ticket, il n’y a pas de note de support.
       *[unrated] Aucun ticket n’a été noté par le client sur cette période.
    }

# Un mois dans le texte alternatif du graphique des tickets : « juil. 4 (1 escaladé) ».
support-chart-month =
    { $month } { $opened }{ $escalated ->
        [0] {""}
       *[other] {" "}({ $escalated ->
            [one] { $escalated } escaladé
           *[other] { $escalated } escaladés
        })
    }
support-chart-alt = Diagramme en barres des tickets de support ouverts par mois ({ $period }) : { $months }.

nps-none = Aucune réponse NPS sur cette période.

# Le NPS vaut $score sur $responses réponses ($promoters, $passives, $detractors). $trend : up
# ou down (par rapport à $previous en $period), same, ou none (aucune réponse alors).
nps-score =
    Le NPS s’établit à { $score } d’après { $responses ->
        [one] { $responses } réponse
       *[other] { $responses } réponses
    } ({ $promoters ->
        [one] { $promoters } promoteur
       *[other] { $promoters } promoteurs
    }, { $passives ->
        [one] { $passives } passif
       *[other] { $passives } passifs
    }, { $detractors ->
        [one] { $detractors } détracteur
       *[other] { $detractors } détracteurs
    }){ $trend ->
        [up] , en hausse par rapport à { $previous } ({ $period })
        [down] , en baisse par rapport à { $previous } ({ $period })
        [same] , stable par rapport à la période précédente ({ $period })
       *[none] {"\u202F"}; aucune réponse sur la période précédente ({ $period }) pour comparaison
    }.

# Peu de réponses : une mise en garde après le score.
nps-caution =
    Avec { $responses ->
        [one] { $responses } seule réponse
       *[other] seulement { $responses } réponses
    }, il s’agit d’une indication, et non d’une mesure.

# L’auteur d’un commentaire quand le contact est inconnu (les noms ne sont jamais imprimés).
nps-respondent = Répondant
nps-comment-score = { $score }/10
# Pourquoi il n’y a pas de commentaires. $why : no-responses ou no-comments.
nps-comments-missing =
    { $why ->
        [no-responses] Aucune réponse NPS sur cette période, donc aucun commentaire.
       *[no-comments] Aucun répondant n’a laissé de commentaire sur cette période.
    }

# Une période dans le texte alternatif du graphique du NPS : « T3 2026 +32 (12 réponses) ».
nps-chart-period =
    { $scored ->
        [yes] { $period } { $score } ({ $responses ->
            [one] { $responses } réponse
           *[other] { $responses } réponses
        })
       *[no] { $period } sans réponse
    }
nps-chart-alt = Graphique linéaire du NPS par période, sur une échelle de −100 à +100 : { $periods }.
nps-chart-missing = Pas de graphique d’évolution du NPS : moins de deux des quatre dernières périodes ont reçu des réponses.
