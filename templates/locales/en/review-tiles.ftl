## The value review, page 1: the four headline tiles.

# The tile's name. $tile: goals, adoption, health or nps.
tile-label =
    { $tile ->
        [goals] Goal progress
        [adoption] Seats in use
        [health] Health
       *[nps] NPS
    }

# The big figure when there is none.
tile-no-data = No data

tile-goals-caption =
    { $achieved } of { $count ->
        [one] { $count } goal
       *[other] { $count } goals
    } achieved

# No goal progress. $why: no-goals, or not-measured ($count goals without measurements).
tile-goals-empty-value =
    { $why ->
        [no-goals] No goals
       *[not-measured] Not measured
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] none agreed yet
       *[not-measured] { $count ->
            [one] { $count } goal
           *[other] { $count } goals
        } without measurements
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] No goals are agreed yet; agreeing them is the first step for next period.
       *[not-measured] No goal has a measurement yet, so progress cannot be shown.
    }

# $active and $seats are formatted numbers.
tile-adoption-caption = { $active } of { $seats } seats active
tile-adoption-empty-caption =
    { $seats ->
        [0] no seats recorded
        [one] { $seats } seat purchased
       *[other] { $seats } seats purchased
    }

# Under the health score: its band, and how many components it rests on ($all is yes when
# every component has data).
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band } · out of 100
           *[other] { $band } · from { $with_data } of { $total } components
        }
       *[no] no component has data
    }

tile-nps-none = No responses
tile-nps-caption =
    { $responses ->
        [0] none this period
        [one] { $responses } response
       *[other] { $responses } responses
    }
