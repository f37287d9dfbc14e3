## The value review, page 1: the four headline tiles.

# The tile's name. $tile: goals, adoption, health or nps.
tile-label =
    { $tile ->
        [goals] Voortgang doelen
        [adoption] Licenties in gebruik
        [health] Gezondheid
       *[nps] NPS
    }

# The big figure when there is none.
tile-no-data = Geen gegevens

tile-goals-caption =
    { $achieved } van { $count ->
        [one] { $count } doel
       *[other] { $count } doelen
    } behaald

# No goal progress. $why: no-goals, or not-measured ($count goals without measurements).
tile-goals-empty-value =
    { $why ->
        [no-goals] Geen doelen
       *[not-measured] Niet gemeten
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] nog niet afgesproken
       *[not-measured] { $count ->
            [one] { $count } doel
           *[other] { $count } doelen
        } zonder meting
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] Er zijn nog geen doelen afgesproken; dat is de eerste stap voor de volgende periode.
       *[not-measured] Nog geen enkel doel is gemeten, dus de voortgang is niet te tonen.
    }

# $active and $seats are formatted numbers.
tile-adoption-caption = { $active } van { $seats } in gebruik
tile-adoption-empty-caption =
    { $seats ->
        [0] geen licenties geregistreerd
        [one] { $seats } licentie aangeschaft
       *[other] { $seats } licenties aangeschaft
    }

# Under the health score: its band, and how many components it rests on ($all is yes when
# every component has data).
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band } · van de 100
           *[other] { $band } · op basis van { $with_data } van { $total } onderdelen
        }
       *[no] geen onderdelen met gegevens
    }

tile-nps-none = Geen reacties
tile-nps-caption =
    { $responses ->
        [0] geen in deze periode
        [one] { $responses } reactie
       *[other] { $responses } reacties
    }
