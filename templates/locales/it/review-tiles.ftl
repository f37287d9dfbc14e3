## The value review, page 1: the four headline tiles.

# The tile's name. $tile: goals, adoption, health or nps.
tile-label =
    { $tile ->
        [goals] Avanzamento obiettivi
        [adoption] Licenze in uso
        [health] Salute
       *[nps] NPS
    }

# The big figure when there is none.
tile-no-data = Nessun dato

# "2 su 4 obiettivi raggiunti".
tile-goals-caption =
    { $achieved ->
        [0] Nessun obiettivo raggiunto
        [one] { $achieved } obiettivo raggiunto
       *[other] { $achieved } obiettivi raggiunti
    } su { $count ->
        [one] { $count }
       *[other] { $count }
    }

# No goal progress. $why: no-goals, or not-measured ($count goals without measurements).
tile-goals-empty-value =
    { $why ->
        [no-goals] Nessun obiettivo
       *[not-measured] Nessuna misurazione
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] nessuno ancora concordato
       *[not-measured] { $count ->
            [one] { $count } obiettivo
           *[other] { $count } obiettivi
        } senza misurazioni
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] Non ci sono ancora obiettivi concordati: concordarli è il primo passo per il prossimo periodo.
       *[not-measured] Nessun obiettivo ha ancora una misurazione, quindi non è possibile mostrare i progressi.
    }

# $active and $seats are formatted numbers.
tile-adoption-caption = { $active } su { $seats } licenze attive
tile-adoption-empty-caption =
    { $seats ->
        [0] nessuna licenza registrata
        [one] { $seats } licenza acquistata
       *[other] { $seats } licenze acquistate
    }

# Under the health score: its band, and how many components it rests on ($all is yes when
# every component has data).
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band } · su 100
           *[other] { $band } · { $with_data } su { $total } componenti
        }
       *[no] nessuna componente con dati
    }

tile-nps-none = Zero risposte
tile-nps-caption =
    { $responses ->
        [0] in questo periodo
        [one] { $responses } risposta
       *[other] { $responses } risposte
    }
