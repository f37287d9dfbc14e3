## The value review: support tickets and NPS.
## $period and $previous are period names ("Q3 2026").

# A change of a score since an earlier period: "+6 since Q2 2026".
change-since = { $change } since { $period }

support-none = No support tickets were opened in { $period }.

# $opened tickets in $period, $escalated of them escalated, $critical critical (left out
# when 0), $closed closed.
support-tickets =
    { $opened ->
        [one] { $opened } ticket was
       *[other] { $opened } tickets were
    } opened in { $period } ({ $escalated } escalated{ $critical ->
        [0] {""}
       *[other] {" "}and { $critical } critical
    }); { $closed } closed.

# The average rating of tickets, out of 5. $csat is a formatted number ("4.6").
support-csat = Customers rated their tickets { $csat } out of 5 on average.
support-csat-score = { $csat } / 5
# No rating. $why: no-tickets or unrated.
support-csat-none =
    { $why ->
        [no-tickets] With no tickets, there are no support ratings.
       *[unrated] No ticket was rated by the customer this period.
    }

# One month in the ticket chart's text alternative: "July 4 (1 escalated)".
support-chart-month =
    { $month } { $opened }{ $escalated ->
        [0] {""}
       *[other] {" "}({ $escalated } escalated)
    }
support-chart-alt = Bar chart of support tickets opened per month in { $period }: { $months }.

nps-none = No NPS responses this period.

# NPS is $score from $responses responses ($promoters, $passives, $detractors). $trend: up
# or down (from $previous in $period), same, or none (no responses then).
nps-score =
    NPS is { $score } from { $responses ->
        [one] { $responses } response
       *[other] { $responses } responses
    } ({ $promoters ->
        [one] { $promoters } promoter
       *[other] { $promoters } promoters
    }, { $passives ->
        [one] { $passives } passive
       *[other] { $passives } passives
    }, { $detractors ->
        [one] { $detractors } detractor
       *[other] { $detractors } detractors
    }){ $trend ->
        [up] , up from { $previous } in { $period }
        [down] , down from { $previous } in { $period }
        [same] , the same as in { $period }
       *[none] ; there were no responses in { $period } to compare
    }.

# Few responses: a caution after the score.
nps-caution =
    With { $responses ->
        [one] { $responses } response
       *[other] { $responses } responses
    } it is an indication, not a measure.

# Who wrote a comment when the contact is unknown (names are never printed).
nps-respondent = Respondent
nps-comment-score = { $score }/10
# Why there are no comments. $why: no-responses or no-comments.
nps-comments-missing =
    { $why ->
        [no-responses] No NPS responses this period, so there are no comments.
       *[no-comments] No respondent left a comment this period.
    }

# One period in the NPS chart's text alternative: "Q3 2026 +32 (12 responses)".
nps-chart-period =
    { $scored ->
        [yes] { $period } { $score } ({ $responses ->
            [one] { $responses } response
           *[other] { $responses } responses
        })
       *[no] { $period } no responses
    }
nps-chart-alt = Line chart of NPS per period on a scale of −100 to +100: { $periods }.
nps-chart-missing = There is no NPS trend chart: fewer than two of the last four periods had responses.
