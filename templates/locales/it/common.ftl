## Words every document shares: periods, stakeholder roles, goal statuses, figures.
## Numbers, money and dates arrive already formatted for the reader's locale (CLDR), so a
## message only places them. Edit freely; `recap review` reads these files on every run.
## Italian terms used throughout: goal = obiettivo, target = target, baseline = valore di
## partenza, seat = licenza, milestone = milestone (f.), success plan = success plan.

# A calendar quarter. $quarter is 1 to 4, $year a year such as 2026.
period-quarter = Q{ $quarter } { $year }

# A stretch of days that is not a whole month, quarter or year. $start and $end are dates.
period-range = { $start } – { $end }

# A stakeholder role as a label. $role is one of the keys below; $name is a role recap does
# not know, as the data writes it.
role =
    { $role ->
        [executive_sponsor] Executive sponsor
        [champion] Champion
        [end_user] Utenti finali
        [admin] Amministratore
        [unassigned] Non assegnato
       *[other] { $name }
    }

# The same role inside a sentence: "…concordare il prossimo target con l'executive sponsor".
role-in-sentence =
    { $role ->
        [executive_sponsor] l'executive sponsor
        [champion] il champion
        [end_user] gli utenti finali
        [admin] l'amministratore
        [unassigned] il team
       *[other] { $name }
    }

# Where a goal stands.
goal-status =
    { $status ->
        [achieved] Raggiunto
        [on_track] In linea
        [at_risk] A rischio
        [missed] Non raggiunto
       *[no_data] Nessun dato
    }

# A figure in percentage points. $value is formatted; $count is the same number for the
# plural form.
quantity-points =
    { $count ->
        [one] { $value } pt
       *[other] { $value } pt
    }

# More names than fit: "Dana Whitfield e Lee Park, oltre ad altri 3".
names-and-more = { $names }, oltre ad altri { $more }

# What stands between two sentences of one paragraph (a space; nothing in Japanese).
sentence-gap = {" "}

# A move in percentage points inside a sentence: "24 punti", "4,5 punti in più".
points-words =
    { $count ->
        [one] { $value } punto
       *[other] { $value } punti
    }
