## La scheda per la chiamata: una pagina che un CSM legge prima di parlare con un cliente
## (recap brief). Cifre, date e importi arrivano già formattati per la lingua (CLDR); un
## messaggio li colloca soltanto. Ogni riga di elenco deve stare in una riga della colonna.

brief-title = Scheda per la chiamata: { $account }
brief-heading = Scheda per la chiamata
brief-subtitle = { $id } · al { $date } · modifiche dal { $since }

brief-cell-arr = ARR
brief-cell-renewal = Rinnovo
brief-cell-contract = Inizio contratto
brief-cell-segment = Segmento
brief-cell-touch = Modello di assistenza
brief-cell-csm = CSM
brief-arr-none = Nessun dato ARR
brief-not-recorded = Non registrato
brief-renewal-days =
    { $when ->
        [today] oggi
        [past] { $days ->
            [one] { $days } giorno fa
           *[other] { $days } giorni fa
        }
       *[future] tra { $days ->
            [one] { $days } giorno
           *[other] { $days } giorni
        }
    }
brief-no-data = nessun dato

brief-health-heading = Salute
brief-health-previous = Un trimestre fa: { $score }
brief-health-component = { $component }: { $now } (un trimestre fa: { $before })
brief-health-moved =
    { $component } { $direction ->
        [up] è salito
       *[down] è sceso
    } da { $from } a { $to } dal { $date }.
brief-health-escalations =
    { $escalations ->
        [one] { $escalations } escalation
       *[other] { $escalations } escalation
    } su { $opened ->
        [one] { $opened } ticket
       *[other] { $opened } ticket
    } in questo trimestre.
brief-health-steady = Nessuna componente si è mossa dal { $date }.
brief-health-no-comparison = Nessun confronto: la salute di un trimestre fa non ha dati.

brief-points-heading = Punti da toccare
brief-points-none = Nessun punto: nessuna delle regole a piè di pagina vale per questo account.
brief-someone = Un contatto
brief-point-renewal = Rinnovo tra { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } ({ $date }) con una salute di { $health }: chiedere cosa impedisce loro di rinnovare.
brief-point-detractor =
    { $who } ha dato un NPS di { $score } il { $date }{ $commented ->
        [yes] : «{ $comment }»
       *[no] .
    }
brief-point-health = La salute è scesa da { $from } a { $to } dal { $date }: capire cosa è cambiato per loro.
brief-point-shelfware = { $seats ->
        [one] { $seats } licenza pagata è inutilizzata
       *[other] { $seats } licenze pagate sono inutilizzate
    }, per un valore di { $value } ({ $share } dell’ARR): pianificare l’adozione prima di parlare del rinnovo.
brief-point-goal = «{ $goal }» ha raggiunto il suo obiettivo il { $date } ({ $actual } contro { $target }): festeggiarlo con loro.

brief-changed-heading = Cosa è cambiato dal { $date }
brief-changed-tickets =
    { $opened ->
        [0] Nessun ticket aperto
        [one] { $opened } ticket aperto
       *[other] { $opened } ticket aperti
    }{ $escalated ->
        [0] {""}
        [one] , { $escalated } in escalation
       *[other] , { $escalated } in escalation
    }
brief-changed-nps =
    { $responses ->
        [one] { $responses } risposta NPS
       *[other] { $responses } risposte NPS
    }: NPS { $score }, { $detractors ->
        [one] { $detractors } detrattore
       *[other] { $detractors } detrattori
    }
brief-changed-no-nps = Nessuna risposta NPS
brief-changed-quote = { $who } ({ $score }): «{ $comment }»
brief-changed-arr = ARR { $from } → { $to } a { $month }
brief-changed-seats = Licenze acquistate { $from } → { $to }
brief-changed-late = Milestone ora in ritardo: { $title } (scadenza { $date })
brief-changed-done = Milestone completata: { $title } ({ $date })
brief-changed-measured = { $goal }: { $value } il { $date }

brief-severity =
    { $severity ->
        [critical] Critica
        [high] Alta
        [normal] Normale
        [low] Bassa
       *[other] { $name }
    }
brief-tickets-heading = Ticket aperti ({ $count })
brief-ticket = { $severity } · { $id } · aperto da { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }{ $escalated ->
        [yes] {" "}· in escalation
       *[no] {""}
    }
brief-tickets-none = Nessun ticket aperto.
brief-late-heading = Milestone in ritardo ({ $count })
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] il cliente
            [vendor] noi
           *[other] senza responsabile
        }
    } · scadenza { $date } ({ $days ->
        [one] { $days } giorno di ritardo
       *[other] { $days } giorni di ritardo
    })
brief-late-none = Nessuna milestone in ritardo.
brief-off-track-heading = Obiettivi fuori rotta ({ $count })
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] {" "}entro il { $date }
       *[no] {""}
    }
brief-off-track-none = Nessun obiettivo fuori rotta.
brief-goals-none = Nessun obiettivo registrato.

brief-people-heading = Chi è chi ({ $count })
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· disiscritto: non scrivere
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = Nessun contatto registrato.

brief-and-more = e altri { $count }

brief-rules = Punti da toccare, uno per regola: rinnovo entro { $days } giorni con una salute sotto { $health }; un detrattore (NPS di { $detractor } o meno) dal { $since }; salute scesa di { $drop } punti o più in un trimestre; licenze inutilizzate per un valore superiore al { $share } dell’ARR; un obiettivo raggiunto dal { $since }. La salute è il punteggio della revisione del valore; i dati non registrano alcun seguito dei detrattori.

ui-brief-out-of = su 100
ui-brief-open-heading = Cosa è aperto
