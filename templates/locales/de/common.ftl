## Wörter, die jedes Dokument braucht: Zeiträume, Stakeholder-Rollen, Zielstatus, Kennzahlen.
## Zahlen, Geldbeträge und Datumsangaben kommen bereits für die Sprache des Lesers formatiert
## (CLDR); eine Nachricht platziert sie nur. Frei bearbeitbar; `recap review` liest diese
## Dateien bei jedem Lauf.

# Ein Kalenderquartal. $quarter ist 1 bis 4, $year ein Jahr wie 2026.
period-quarter = Q{ $quarter } { $year }

# Ein Zeitraum, der kein ganzer Monat, kein Quartal und kein Jahr ist. $start und $end sind
# Datumsangaben.
period-range = { $start } – { $end }

# Eine Stakeholder-Rolle als Bezeichnung. $role ist einer der Schlüssel unten; $name ist eine
# Rolle, die recap nicht kennt, so wie die Daten sie schreiben.
role =
    { $role ->
        [executive_sponsor] Executive Sponsor
        [champion] Champion
        [end_user] Endanwender
        [admin] Administrator
        [unassigned] Nicht zugeordnet
       *[other] { $name }
    }

# Dieselbe Rolle im Satz, im Dativ, denn sie steht nach „mit“: „… den nächsten Zielwert mit
# dem Executive Sponsor vereinbaren“.
role-in-sentence =
    { $role ->
        [executive_sponsor] dem Executive Sponsor
        [champion] dem Champion
        [end_user] den Endanwendern
        [admin] dem Administrator
        [unassigned] dem Team
       *[other] { $name }
    }

# Wo ein Ziel steht.
goal-status =
    { $status ->
        [achieved] Erreicht
        [on_track] Im Plan
        [at_risk] Gefährdet
        [missed] Verfehlt
       *[no_data] Keine Daten
    }

# Ein Wert in Punkten (Prozentpunkten). $value ist formatiert; $count ist dieselbe Zahl für
# die Pluralform.
# Im Deutschen ohne Pluralform („1 Pkt.“, „4,5 Pkt.“), daher ohne $count.
quantity-points = { $value } Pkt.

# Mehr Namen, als Platz haben: „Dana Whitfield und Lee Park sowie 3 weitere“. $names ist bereits
# mit „und“ verbunden, daher hier „sowie“.
names-and-more = { $names } sowie { $more } weitere

# Was zwischen zwei Sätzen eines Absatzes steht (ein Leerzeichen; im Japanischen nichts).
sentence-gap = {" "}

# Eine Veränderung in Punkten im Satz: „um 24 Punkte gestiegen“, „4,5 Punkte mehr“.
points-words =
    { $count ->
        [one] { $value } Punkt
       *[other] { $value } Punkte
    }
