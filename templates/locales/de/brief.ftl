## Das Gesprächsbriefing: eine Seite, die ein CSM vor dem Kundengespräch liest (recap brief).
## Zahlen, Daten und Beträge kommen bereits für die Sprache formatiert (CLDR); eine Nachricht
## setzt sie nur ein. Jede Listenzeile muss in eine Zeile ihrer Spalte passen: kurz halten.

brief-title = Gesprächsbriefing: { $account }
brief-heading = Gesprächsbriefing
brief-subtitle = { $id } · Stand { $date } · Änderungen seit { $since }

brief-cell-arr = ARR
brief-cell-renewal = Verlängerung
brief-cell-contract = Vertragsbeginn
brief-cell-segment = Segment
brief-cell-touch = Betreuungsmodell
brief-cell-csm = CSM
brief-arr-none = Keine ARR-Daten
brief-not-recorded = Nicht erfasst
brief-renewal-days =
    { $when ->
        [today] heute
        [past] vor { $days ->
            [one] { $days } Tag
           *[other] { $days } Tagen
        }
       *[future] in { $days ->
            [one] { $days } Tag
           *[other] { $days } Tagen
        }
    }
brief-no-data = keine Daten

brief-health-heading = Health Score
brief-health-previous = Vor einem Quartal: { $score }
brief-health-component = { $component }: { $now } (vor einem Quartal: { $before })
brief-health-moved =
    { $component } { $direction ->
        [up] stieg
       *[down] fiel
    } seit { $date } von { $from } auf { $to }.
brief-health-escalations =
    { $escalations ->
        [one] { $escalations } Eskalation
       *[other] { $escalations } Eskalationen
    } bei { $opened ->
        [one] { $opened } Ticket
       *[other] { $opened } Tickets
    } in diesem Quartal.
brief-health-steady = Seit { $date } hat sich keine Komponente bewegt.
brief-health-no-comparison = Kein Vergleich: für vor einem Quartal gibt es keine Daten.

brief-points-heading = Gesprächspunkte
brief-points-none = Kein Gesprächspunkt: keine der Regeln in der Fußzeile trifft auf diesen Kunden zu.
brief-someone = Ein Kontakt
brief-point-renewal = Verlängerung in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } ({ $date }) bei einem Health Score von { $health }: fragen, was einer Verlängerung im Weg steht.
brief-point-detractor =
    { $who } gab am { $date } eine NPS-Bewertung von { $score }{ $commented ->
        [yes] : „{ $comment }“
       *[no] .
    }
brief-point-health = Der Health Score fiel seit { $date } von { $from } auf { $to }: herausfinden, was sich für den Kunden geändert hat.
brief-point-shelfware = { $seats ->
        [one] { $seats } bezahlte Lizenz ist
       *[other] { $seats } bezahlte Lizenzen sind
    } ungenutzt, Wert { $value } ({ $share } des ARR): die Nutzung planen, bevor über die Verlängerung gesprochen wird.
brief-point-goal = „{ $goal }“ hat am { $date } sein Ziel erreicht ({ $actual } bei Ziel { $target }): gemeinsam feiern.

brief-changed-heading = Was sich seit { $date } geändert hat
brief-changed-tickets =
    { $opened ->
        [0] Keine neuen Tickets
        [one] { $opened } neues Ticket
       *[other] { $opened } neue Tickets
    }{ $escalated ->
        [0] {""}
       *[other] , { $escalated } eskaliert
    }
brief-changed-nps =
    { $responses ->
        [one] { $responses } NPS-Antwort
       *[other] { $responses } NPS-Antworten
    }: NPS { $score }, { $detractors ->
        [one] { $detractors } Kritiker
       *[other] { $detractors } Kritiker
    }
brief-changed-no-nps = Keine NPS-Antworten
brief-changed-quote = { $who } ({ $score }): „{ $comment }“
brief-changed-arr = ARR { $from } → { $to } im { $month }
brief-changed-seats = Gekaufte Lizenzen { $from } → { $to }
brief-changed-late = Meilenstein jetzt überfällig: { $title } (fällig { $date })
brief-changed-done = Meilenstein erledigt: { $title } ({ $date })
brief-changed-measured = { $goal }: { $value } am { $date }

brief-severity =
    { $severity ->
        [critical] Kritisch
        [high] Hoch
        [normal] Normal
        [low] Niedrig
       *[other] { $name }
    }
brief-tickets-heading = Offene Tickets ({ $count })
brief-ticket = { $severity } · { $id } · seit { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } offen{ $escalated ->
        [yes] {" "}· eskaliert
       *[no] {""}
    }
brief-tickets-none = Keine offenen Tickets.
brief-late-heading = Überfällige Meilensteine ({ $count })
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] der Kunde
            [vendor] wir
           *[other] ohne Verantwortliche
        }
    } · fällig { $date } ({ $days ->
        [one] { $days } Tag überfällig
       *[other] { $days } Tage überfällig
    })
brief-late-none = Keine überfälligen Meilensteine.
brief-off-track-heading = Ziele außer Plan ({ $count })
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] {" "}bis { $date }
       *[no] {""}
    }
brief-off-track-none = Kein Ziel ist außer Plan.
brief-goals-none = Keine Ziele erfasst.

brief-people-heading = Wer ist wer ({ $count })
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· abgemeldet: nicht anschreiben
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = Keine Kontakte erfasst.

brief-and-more = und { $count } weitere

brief-rules = Gesprächspunkte, einer je Regel: Verlängerung in höchstens { $days } Tagen bei einem Health Score unter { $health }; ein Kritiker (NPS { $detractor } oder weniger) seit { $since }; Health Score in einem Quartal um { $drop } Punkte oder mehr gefallen; ungenutzte Lizenzen im Wert von mehr als { $share } des ARR; ein Ziel, das seit { $since } erreicht wurde. Der Health Score ist der des Value Reviews; die Daten erfassen keine Nachverfolgung von Kritikern.

ui-brief-out-of = von 100
ui-brief-open-heading = Was offen ist
