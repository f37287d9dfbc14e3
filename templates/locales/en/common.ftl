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
        [end_user] End users
        [admin] Administrator
        [unassigned] Unassigned
       *[other] { $name }
    }

# The same role inside a sentence: "…agree the next target with the executive sponsor".
role-in-sentence =
    { $role ->
        [executive_sponsor] the executive sponsor
        [champion] the champion
        [end_user] the end users
        [admin] the administrator
        [unassigned] the team
       *[other] { $name }
    }

# Where a goal stands.
goal-status =
    { $status ->
        [achieved] Achieved
        [on_track] On track
        [at_risk] At risk
        [missed] Missed
       *[no_data] No data
    }

# A figure in percentage points. $value is formatted; $count is the same number for the
# plural form.
quantity-points =
    { $count ->
        [one] { $value } pt
       *[other] { $value } pts
    }

# More names than fit: "Dana Whitfield and Lee Park, plus 3 more". $names arrives already joined
# as a list ("Dana Whitfield and Lee Park").
names-and-more = { $names }, plus { $more } more

# What stands between two sentences of one paragraph (a space; nothing in Japanese).
sentence-gap = {" "}

# A move in percentage points inside a sentence: "rose 24 points", "4.5 points more".
points-words =
    { $count ->
        [one] { $value } point
       *[other] { $value } points
    }
