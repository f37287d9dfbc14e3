## The value review, Demonstrate: the health score.

# $band: healthy, watch, at_risk or no_data.
health-band =
    { $band ->
        [healthy] Healthy
        [watch] Watch
        [at_risk] At risk
       *[no_data] No data
    }

# The health score's components.
health-component =
    { $component ->
        [adoption] Adoption
        [goals] Goal progress
        [success_plan] Success plan
        [support] Support
       *[sentiment] Sentiment (NPS)
    }

health-none = Health cannot be scored: none of its components has data.

# Health is $score out of 100 in $band. $trend: up or down ($points since $previous in
# $period), same, or none (nothing to compare).
health-score =
    Health is { $score } out of 100 ({ $band ->
        [healthy] healthy
        [watch] watch
        [at_risk] at risk
       *[no_data] no data
    }){ $trend ->
        [up] , up { $points ->
            [one] { $points } point
           *[other] { $points } points
        } from { $previous } in { $period }
        [down] , down { $points ->
            [one] { $points } point
           *[other] { $points } points
        } from { $previous } in { $period }
        [same] , unchanged from { $period }
       *[none] {""}
    }.

# Only $with_data of the $total components have data.
health-partial = It rests on { $with_data } of its { $total } components; the others have no data.

# How the score is based: on every component ($all is yes), or on $with_data of $total.
health-basis =
    { $all ->
        [yes] Based on all { $total } components.
       *[other] Based on { $with_data } of { $total } components; those without data are left out and the others re-weighted.
    }

# A component without data has no weight.
health-not-counted = not counted
