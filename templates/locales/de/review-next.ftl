## Das Value Review, Ausblick: die für den nächsten Zeitraum vorgeschlagenen Ziele.
## $metric ist die Kennzahl des Ziels, wie die Daten sie nennen. Im Deutschen bleibt ihr
## Anfangsbuchstabe, wie er ist (kein LOWERFIRST($metric)); sie steht nach „Kennzahl“, damit
## der Satz keinen Artikel braucht.

# Wo ein Ziel jetzt steht: sein letzter Wert und, wenn $measured yes ist, sein $progress.
next-now =
    { $measured ->
        [yes] { $actual }, Fortschritt { $progress }
       *[no] { $actual }
    }

# Was wir für ein Ziel vorschlagen. $action:
#   renew: erreicht, einen neuen Zielwert mit $role (role-in-sentence, im Dativ) vereinbaren;
#   carry-missed: verfehlt, $target bis $next_end erreichen (es war fällig am $due, wenn
#     $dated yes ist);
#   carry-measure: nie gemessen; carry-retarget: sein Zielwert entspricht dem Ausgangswert;
#   due: im nächsten Zeitraum fällig, bis $due ($at_risk ist yes, wenn es jetzt gefährdet ist);
#   carry-date: gefährdet und ohne Termin.
next-action =
    { $action ->
        [renew] Erreicht: den nächsten Zielwert für die Kennzahl { $metric } mit { $role } vereinbaren.
        [carry-missed] Fortführen: { $target } bis zum { $next_end } erreichen ({ $dated ->
            [yes] ursprünglich fällig am { $due }
           *[no] bisher ohne Termin
        }).
        [carry-measure] Fortführen: mit der Messung der Kennzahl { $metric } beginnen (Zielwert: { $target }).
        [carry-retarget] Fortführen: für die Kennzahl { $metric } einen Zielwert vereinbaren, der vom Ausgangswert abweicht.
        [due] Fällig im nächsten Zeitraum: { $target } bis zum { $due } erreichen{ $at_risk ->
            [yes] , derzeit gefährdet
           *[no] {""}
        }.
       *[carry-date] Fortführen: einen Termin für das Erreichen von { $target } festlegen und einen Plan dafür aufstellen.
    }

# Ein Vorschlag auf Seite 1: der Titel des Ziels, dann seine Maßnahme. Da jede Maßnahme selbst
# mit „Erreicht:“, „Fortführen:“ oder „Fällig …:“ beginnt, trennt ein Gedankenstrich statt
# eines zweiten Doppelpunkts, und die Maßnahme bleibt großgeschrieben.
next-proposal = { $title } – { $action }

# Die Überschriften der drei Listen. $group: carried, due oder renew.
next-group =
    { $group ->
        [carried] Fortgeführt
        [due] Fällig im nächsten Zeitraum
       *[renew] Erreicht: nächsten Zielwert vereinbaren
    }

next-no-goals = Für { $period } schlagen wir vor, für jeden Stakeholder Ziele mit Ausgangswert, Zielwert und Termin zu vereinbaren.

# Ein Teil der Zusammenfassung: „2 fortgeführte Ziele“. $kind: carried, due oder renew.
next-summary-part =
    { $kind ->
        [carried] { $count ->
            [one] { $count } fortgeführtes Ziel
           *[other] { $count } fortgeführte Ziele
        }
        [due] { $count ->
            [one] { $count } fälliges Ziel
           *[other] { $count } fällige Ziele
        }
       *[renew] { $count ->
            [one] { $count } erreichtes Ziel, das einen neuen Zielwert braucht
           *[other] { $count } erreichte Ziele, die neue Zielwerte brauchen
        }
    }

# „Für Q4 2026: 2 fortgeführte Ziele und 1 fälliges Ziel.“ ($changes ist yes, wenn $parts
# die next-summary-part-Teile aufzählt), sonst muss nichts geändert werden.
next-summary =
    { $changes ->
        [yes] Für { $period }: { $parts }.
       *[no] Für { $period } muss kein Ziel angepasst werden.
    }

next-continuing =
    { $count ->
        [one] { $count } Ziel läuft bis zu einem späteren Termin weiter.
       *[other] { $count } Ziele laufen bis zu einem späteren Termin weiter.
    }

# Nichts vorgeschlagen. $why: no-goals oder all-continue.
next-empty =
    { $why ->
        [no-goals] Noch keine Ziele: Erster Schritt im nächsten Zeitraum ist, sie zu vereinbaren.
       *[all-continue] Alle Ziele laufen bis zu ihrem vereinbarten Termin weiter; es gibt nichts anzupassen.
    }
