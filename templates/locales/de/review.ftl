## Das Value Review als Ganzes: Titel, wer es erstellt hat, und Hinweise zu den Daten.

# Der Titel des PDFs. $account ist der Name des Kunden, $period der Name des Zeitraums.
review-title = Value Review: { $account }, { $period }

# Unter dem Titel. $named ist yes, wenn der Account einen CSM hat ($csm); $company ist der
# Anbieter.
review-prepared-by =
    { $named ->
        [yes] Erstellt von { $csm }, { $company }
       *[no] Erstellt von { $company }
    }

## Hinweise darauf, was die Daten nicht zeigen konnten („Hinweise zu den Daten“).

# $table ist der Name einer Datentabelle, $problem, was daran falsch war, so wie recap es
# gefunden hat (auf Englisch).
note-unreadable-rows = Einige Zeilen der Tabelle { $table } konnten nicht gelesen werden: { $problem }.
note-partly-valued = Der Geldwert umfasst { $valued } von { $measured } gemessenen Zielen; für die übrigen ist kein Wert pro Einheit vereinbart, sie werden in ihren eigenen Kennzahlen dargestellt.
note-no-usage = Für { $month } wurde keine Produktnutzung erfasst.
note-no-nps = Für diesen Account wurden keine Antworten auf NPS-Umfragen erfasst.
