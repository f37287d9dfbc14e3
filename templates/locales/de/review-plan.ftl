## Das Value Review, Umsetzung: der Success-Plan.
## Titel der Meilensteine und Namen der Verantwortlichen sind die eigenen Worte der Daten.

# Die Kundenseite als Verantwortliche eines Meilensteins (die Anbieterseite ist der Name des
# Anbieters).
plan-customer = Kunde

# Eine Phase des Success-Plans. $name ist eine Phase, die recap nicht kennt, so wie die Daten
# sie schreiben.
plan-stage =
    { $stage ->
        [discovery] Bestandsaufnahme
        [benchmark_goals] Benchmark & Ziele
        [plan] Planung
        [collaboration] Zusammenarbeit
        [success_dashboard] Success-Dashboard
       *[other] { $name }
    }

# Wo ein Meilenstein steht.
plan-state =
    { $state ->
        [done] Erledigt
        [done_late] Verspätet erledigt
        [late] Überfällig
       *[upcoming] Anstehend
    }

# Wann, auf der Zeitleiste. $done und $due sind Datumsangaben.
plan-when =
    { $when ->
        [done-after-due] Erledigt am { $done }, fällig am { $due }
        [done] Erledigt am { $done }
        [late] Fällig am { $due }, nicht erledigt
        [due] Fällig am { $due }
       *[undated] Kein Termin festgelegt
    }

plan-none = Im Success-Plan sind keine Meilensteine erfasst.
plan-empty = Im Success-Plan sind keine Meilensteine erfasst. Für den nächsten Zeitraum schlagen wir einen Plan mit Verantwortlichen auf beiden Seiten vor.

# $done von $due Meilensteinen, die bis $date fällig waren, sind erledigt ($progress).
plan-progress =
    Erledigt: { $done } von { $due ->
        [one] { $due } bis zum { $date } fälligen Meilenstein
       *[other] { $due } bis zum { $date } fälligen Meilensteinen
    } ({ $progress }).
plan-nothing-due = Bis zum { $date } war kein Meilenstein fällig.
plan-one-late = Ein Meilenstein ist überfällig: { $title } ({ $owner }).
plan-many-late = { $count } sind überfällig.
plan-upcoming =
    { $count ->
        [one] { $count } Meilenstein steht an.
       *[other] { $count } Meilensteine stehen an.
    }

# Unter der Zeitleiste, wenn vor dem Zeitraum erledigte Meilensteine ausgeblendet sind.
plan-hidden =
    { $count ->
        [one] { $count } früherer, bereits erledigter Meilenstein ist nicht dargestellt.
       *[other] { $count } frühere, bereits erledigte Meilensteine sind nicht dargestellt.
    }
