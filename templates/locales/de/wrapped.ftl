## Wrapped: der Jahresrückblick. Jede Karte zeigt eine große Zahl und eine Zeile darunter; die
## Zeilen sind kurz, stolz und schlicht. $year ist ein Jahr („2026“); Zahlen kommen fertig formatiert.

# Die Eröffnungskarte, unter dem Namen des Kunden. $partial ist yes, wenn der Kunde im Laufe des
# Jahres dazugekommen ist, im Monat $joined.
wrapped-opening =
    { $partial ->
        [yes] Ihr Jahr { $year } mit uns – seit Ihrem Start im { $joined }
       *[no] Ihr Jahr { $year } mit uns
    }

# Unter dem Geldwert, den die Ziele gebracht haben.
wrapped-value = messbarer Mehrwert im Jahr { $year }

# Unter der Zahl der Ziele, die in diesem Jahr erreicht wurden.
wrapped-goals =
    { $count ->
        [one] Ziel erreicht
       *[other] Ziele erreicht
    }

# Unter der größten Verbesserung (in Prozent) bei der eigenen Kennzahl des Kunden $metric, die
# sich von $from auf $to verbessert hat.
wrapped-improvement = besser: { $metric } von { $from } auf { $to }

# Unter der Zahl der aktiven Nutzer. $grew ist yes, wenn sie gegenüber dem Vorjahresmonat um
# $growth gewachsen ist.
wrapped-users =
    { $grew ->
        [yes] { $count ->
            [one] Person ist jeden Monat aktiv dabei, { $growth } mehr als vor einem Jahr
           *[other] Personen sind jeden Monat aktiv dabei, { $growth } mehr als vor einem Jahr
        }
       *[no] { $count ->
            [one] Person ist jeden Monat aktiv dabei
           *[other] Personen sind jeden Monat aktiv dabei
        }
    }

# Ein Rang im Vergleich, unter der Nutzerkarte: „Top 4 % im Segment Mid-Market …“.
wrapped-rank-growth = Top { $top } im Segment { $segment } beim Wachstum aktiver Nutzer

# Unter dem Namen der meistgenutzten Funktion: $users in der Spitze; $new neu eingeführte Funktionen.
wrapped-feature =
    Ihre meistgenutzte Funktion, mit { $users ->
        [one] { $users } Nutzer
       *[other] { $users } Nutzern
    }{ $new ->
        [0] {""}
        [one] ; dazu { $new } neu eingeführte Funktion
       *[other] ; dazu { $new } neu eingeführte Funktionen
    }

# Unter dem Namen des aktivsten Monats.
wrapped-busiest =
    Ihr aktivster Monat: { $events ->
        [one] { $events } Aktion
       *[other] { $events } Aktionen
    }

wrapped-milestones =
    { $count ->
        [one] Meilenstein im Success-Plan abgeschlossen
       *[other] Meilensteine im Success-Plan abgeschlossen
    }

# Unter der Zahl der gelösten Support-Tickets; $avoided dringende davon wurden ohne Eskalation
# gelöst.
wrapped-support =
    { $count ->
        [one] Support-Ticket gelöst
       *[other] Support-Tickets gelöst
    }{ $avoided ->
        [0] {""}
        [one] , davon { $avoided } dringendes ohne Eskalation
       *[other] , davon { $avoided } dringende ohne Eskalation
    }

# Die Abschlusskarte: die großen Worte, dann das Ziel fürs nächste Jahr ($goaled ist yes, wenn
# es eines gibt). $next ist das nächste Jahr.
wrapped-closing-big = Auf ins Jahr { $next }
wrapped-closing =
    { $goaled ->
        [yes] Nächstes Ziel: { $goal }. Lassen Sie es uns gemeinsam planen.
       *[no] Lassen Sie uns gemeinsam die Ziele fürs nächste Jahr festlegen.
    }

# The PDF's title.
wrapped-title = { $account }: Ihr Jahr { $year } mit { $company }

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account }: Ihr Jahr { $year } mit { $company }
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this. $role is role-in-sentence, which is in the dative
# ("dem Champion"), hence "gilt" (is meant for) rather than "als".
wrapped-email-why = Sie erhalten diese E-Mail von { $company }, weil sie { $role } bei { $account } gilt.
ui-wrapped-email-cta = Ihren Review-Termin für { $next } vereinbaren
ui-wrapped-email-share-heading = Teilen Sie Ihr Jahr
ui-wrapped-email-pdf = Ihr Jahr als PDF
ui-wrapped-email-image = Das Bild zum Teilen
ui-wrapped-email-unsubscribe = Abmelden
