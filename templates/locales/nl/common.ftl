## Words every document shares: periods, stakeholder roles, goal statuses, figures.
## Numbers, money and dates arrive already formatted for the reader's locale (CLDR), so a
## message only places them. Edit freely; `recap review` reads these files on every run.

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
        [end_user] Eindgebruikers
        [admin] Beheerder
        [unassigned] Niet toegewezen
       *[other] { $name }
    }

# The same role inside a sentence: "…met de executive sponsor de volgende streefwaarde afspreken".
role-in-sentence =
    { $role ->
        [executive_sponsor] de executive sponsor
        [champion] de champion
        [end_user] de eindgebruikers
        [admin] de beheerder
        [unassigned] het team
       *[other] { $name }
    }

# Where a goal stands.
goal-status =
    { $status ->
        [achieved] Behaald
        [on_track] Op koers
        [at_risk] Loopt risico
        [missed] Niet behaald
       *[no_data] Geen gegevens
    }

# A figure in percentage points ("pp" = procentpunt). $value is formatted; $count is the
# same number for the plural form.
quantity-points =
    { $count ->
        [one] { $value } pp
       *[other] { $value } pp
    }

# More names than fit. $names arrives as a list already joined with "en" ("Dana Whitfield en
# Lee Park"), so "plus" avoids a second "en": "Dana Whitfield en Lee Park, plus nog 3 anderen".
names-and-more =
    { $more ->
        [one] { $names }, plus nog { $more } andere
       *[other] { $names }, plus nog { $more } anderen
    }

# What stands between two sentences of one paragraph (a space; nothing in Japanese).
sentence-gap = {" "}

# A move in percentage points inside a sentence: "steeg met 24 punten", "4,5 punten meer".
# "punten" rather than "procentpunten": the measure is already a percentage, and the short
# word keeps the change column of the value table narrow.
points-words =
    { $count ->
        [one] { $value } punt
       *[other] { $value } punten
    }
