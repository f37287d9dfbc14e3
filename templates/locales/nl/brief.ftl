## De gespreksbriefing: één pagina die een CSM leest voor een gesprek met een klant
## (recap brief). Cijfers, datums en bedragen komen al opgemaakt voor de taal (CLDR); een
## bericht plaatst ze alleen. Elke regel van een lijst moet op één regel van zijn kolom passen.

brief-title = Gespreksbriefing: { $account }
brief-heading = Gespreksbriefing
brief-subtitle = { $id } · per { $date } · wijzigingen sinds { $since }

brief-cell-arr = ARR
brief-cell-renewal = Verlenging
brief-cell-contract = Start contract
brief-cell-segment = Segment
brief-cell-touch = Servicemodel
brief-cell-csm = CSM
brief-arr-none = Geen ARR-gegevens
brief-not-recorded = Niet vastgelegd
brief-renewal-days =
    { $when ->
        [today] vandaag
        [past] { $days ->
            [one] { $days } dag geleden
           *[other] { $days } dagen geleden
        }
       *[future] over { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        }
    }
brief-no-data = geen gegevens

brief-health-heading = Gezondheid
brief-health-previous = Een kwartaal geleden: { $score }
brief-health-component = { $component }: { $now } (een kwartaal geleden: { $before })
brief-health-moved =
    { $component } { $direction ->
        [up] steeg
       *[down] daalde
    } sinds { $date } van { $from } naar { $to }.
brief-health-escalations =
    { $escalations ->
        [one] { $escalations } escalatie
       *[other] { $escalations } escalaties
    } bij { $opened ->
        [one] { $opened } ticket
       *[other] { $opened } tickets
    } dit kwartaal.
brief-health-steady = Geen enkel onderdeel is sinds { $date } veranderd.
brief-health-no-comparison = Geen vergelijking: voor een kwartaal geleden zijn er geen gegevens.

brief-points-heading = Gesprekspunten
brief-points-none = Geen gesprekspunt: geen van de regels in de voettekst geldt voor deze klant.
brief-someone = Een contactpersoon
brief-point-renewal = Verlenging over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } ({ $date }) bij een gezondheid van { $health }: vraag wat een verlenging in de weg staat.
brief-point-detractor =
    { $who } gaf op { $date } een NPS van { $score }{ $commented ->
        [yes] : ‘{ $comment }’
       *[no] .
    }
brief-point-health = De gezondheid daalde sinds { $date } van { $from } naar { $to }: zoek uit wat er voor hen veranderd is.
brief-point-shelfware = { $seats ->
        [one] { $seats } betaalde licentie is
       *[other] { $seats } betaalde licenties zijn
    } ongebruikt, ter waarde van { $value } ({ $share } van de ARR): plan het gebruik voor het verlengingsgesprek.
brief-point-goal = ‘{ $goal }’ haalde op { $date } het doel ({ $actual } tegen { $target }): vier het met hen.

brief-changed-heading = Wat er sinds { $date } veranderde
brief-changed-tickets =
    { $opened ->
        [0] Geen tickets geopend
        [one] { $opened } ticket geopend
       *[other] { $opened } tickets geopend
    }{ $escalated ->
        [0] {""}
       *[other] , { $escalated } geëscaleerd
    }
brief-changed-nps =
    { $responses ->
        [one] { $responses } NPS-antwoord
       *[other] { $responses } NPS-antwoorden
    }: NPS { $score }, { $detractors ->
        [one] { $detractors } criticus
       *[other] { $detractors } critici
    }
brief-changed-no-nps = Geen NPS-antwoorden
brief-changed-quote = { $who } ({ $score }): ‘{ $comment }’
brief-changed-arr = ARR { $from } → { $to } in { $month }
brief-changed-seats = Gekochte licenties { $from } → { $to }
brief-changed-late = Mijlpaal nu te laat: { $title } (gepland { $date })
brief-changed-done = Mijlpaal klaar: { $title } ({ $date })
brief-changed-measured = { $goal }: { $value } op { $date }

brief-severity =
    { $severity ->
        [critical] Kritiek
        [high] Hoog
        [normal] Normaal
        [low] Laag
       *[other] { $name }
    }
brief-tickets-heading = Open tickets ({ $count })
brief-ticket = { $severity } · { $id } · { $days ->
        [one] { $days } dag open
       *[other] { $days } dagen open
    }{ $escalated ->
        [yes] {" "}· geëscaleerd
       *[no] {""}
    }
brief-tickets-none = Geen open tickets.
brief-late-heading = Te late mijlpalen ({ $count })
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] de klant
            [vendor] wij
           *[other] zonder eigenaar
        }
    } · gepland { $date } ({ $days ->
        [one] { $days } dag te laat
       *[other] { $days } dagen te laat
    })
brief-late-none = Geen te late mijlpalen.
brief-off-track-heading = Doelen uit koers ({ $count })
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] {" "}voor { $date }
       *[no] {""}
    }
brief-off-track-none = Geen doel uit koers.
brief-goals-none = Geen doelen vastgelegd.

brief-people-heading = Wie is wie ({ $count })
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· afgemeld: niet mailen
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = Geen contactpersonen vastgelegd.

brief-and-more = en nog { $count }

brief-rules = Gesprekspunten, één per regel: verlenging binnen { $days } dagen bij een gezondheid onder { $health }; een criticus (NPS { $detractor } of lager) sinds { $since }; gezondheid in een kwartaal { $drop } punten of meer gedaald; ongebruikte licenties ter waarde van meer dan { $share } van de ARR; een doel dat sinds { $since } is gehaald. Gezondheid is de score van de waardereview; de gegevens leggen geen opvolging van critici vast.

ui-brief-out-of = van 100
ui-brief-open-heading = Wat open staat
