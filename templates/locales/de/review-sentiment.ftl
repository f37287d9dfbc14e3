## Das Value Review: Support-Tickets und NPS.
## $period und $previous sind Namen von Zeiträumen („Q3 2026“). Da ein Zeitraum auch ein
## Monat, ein Jahr oder eine Datumsspanne sein kann, steht er nach „im Zeitraum“ oder in
## Klammern, nie nach einem bloßen „in“.

# Die Veränderung eines Werts seit einem früheren Zeitraum: „+6 seit Q2 2026“.
change-since = { $change } seit { $period }

support-none = Im Zeitraum { $period } wurden keine Support-Tickets eröffnet.

# $opened Tickets in $period, davon $escalated eskaliert, $critical kritisch (weggelassen bei
# 0), $closed geschlossen.
support-tickets =
    Im Zeitraum { $period } { $opened ->
        [one] wurde { $opened } Ticket
       *[other] wurden { $opened } Tickets
    } eröffnet (davon { $escalated } eskaliert{ $critical ->
        [0] {""}
       *[other] {" "}und { $critical } kritisch
    }); { $closed } geschlossen.

# Die durchschnittliche Bewertung der Tickets, von 5. $csat ist eine formatierte Zahl („4,6“).
support-csat = Die Tickets wurden im Durchschnitt mit { $csat } von 5 Punkten bewertet.
support-csat-score = { $csat } / 5
# Keine Bewertung. $why: no-tickets oder unrated.
support-csat-none =
    { $why ->
        [no-tickets] Ohne Tickets gibt es keine Support-Bewertungen.
       *[unrated] In diesem Zeitraum hat der Kunde kein Ticket bewertet.
    }

# Ein Monat im Alternativtext des Ticket-Diagramms: „Juli: 4 (1 eskaliert)“.
support-chart-month =
    { $month }: { $opened }{ $escalated ->
        [0] {""}
       *[other] {" "}({ $escalated } eskaliert)
    }
support-chart-alt = Balkendiagramm der monatlich eröffneten Support-Tickets im Zeitraum { $period }: { $months }.

nps-none = Keine NPS-Antworten in diesem Zeitraum.

# Der NPS ist $score aus $responses Antworten ($promoters, $passives, $detractors). $trend:
# up oder down (gegenüber $previous in $period), same oder none (damals keine Antworten).
# Die drei Gruppen stehen als „Promotoren: 6“, damit keine Pluralform nötig ist.
nps-score =
    Der NPS liegt bei { $score } auf Basis von { $responses ->
        [one] { $responses } Antwort
       *[other] { $responses } Antworten
    } (Promotoren: { $promoters }, Indifferente: { $passives }, Detraktoren: { $detractors }){ $trend ->
        [up] , ein Anstieg gegenüber { $period } ({ $previous })
        [down] , ein Rückgang gegenüber { $period } ({ $previous })
        [same] , unverändert gegenüber { $period }
       *[none] ; für { $period } liegen keine Antworten zum Vergleich vor
    }.

# Wenige Antworten: ein Vorbehalt nach dem Wert.
nps-caution =
    Bei nur { $responses ->
        [one] { $responses } Antwort
       *[other] { $responses } Antworten
    } ist das ein Anhaltspunkt, kein belastbarer Messwert.

# Wer einen Kommentar geschrieben hat, wenn der Kontakt unbekannt ist (Namen werden nie
# gedruckt).
nps-respondent = Befragte Person
nps-comment-score = { $score }/10
# Warum es keine Kommentare gibt. $why: no-responses oder no-comments.
nps-comments-missing =
    { $why ->
        [no-responses] Keine NPS-Antworten in diesem Zeitraum, daher auch keine Kommentare.
       *[no-comments] In diesem Zeitraum hat niemand einen Kommentar hinterlassen.
    }

# Ein Zeitraum im Alternativtext des NPS-Diagramms: „Q3 2026: +32 (12 Antworten)“.
nps-chart-period =
    { $scored ->
        [yes] { $period }: { $score } ({ $responses ->
            [one] { $responses } Antwort
           *[other] { $responses } Antworten
        })
       *[no] { $period }: keine Antworten
    }
nps-chart-alt = Liniendiagramm des NPS pro Zeitraum auf einer Skala von −100 bis +100: { $periods }.
nps-chart-missing = Es gibt kein NPS-Trenddiagramm: In weniger als zwei der letzten vier Zeiträume gab es Antworten.
