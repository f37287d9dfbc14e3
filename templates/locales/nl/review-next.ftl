## The value review, Next: the goals proposed for the next period.
## $metric is the goal's measure as the data names it; LOWERFIRST($metric) puts its first
## letter in lower case inside a sentence (leave it out in languages that capitalize nouns).
## Actions are written as Dutch action items, with the verb at the end ("… afspreken").

# Where a goal is now: its latest figure and, when $measured is yes, its $progress.
next-now =
    { $measured ->
        [yes] { $actual }, voortgang { $progress }
       *[no] { $actual }
    }

# What we propose for one goal. $action:
#   renew: achieved, agree a new target with $role (role-in-sentence);
#   carry-missed: missed, reach $target by $next_end (it was due $due, when $dated is yes);
#   carry-measure: never measured; carry-retarget: its target equals its baseline;
#   due: due next period, by $due ($at_risk is yes when it is at risk now);
#   carry-date: at risk with no due date.
next-action =
    { $action ->
        [renew] Behaald: met { $role } de volgende streefwaarde voor { LOWERFIRST($metric) } afspreken.
        [carry-missed] Doorschuiven: de streefwaarde van { $target } uiterlijk { $next_end } halen (oorspronkelijk { $dated ->
            [yes] uiterlijk { $due }
           *[no] zonder datum
        }).
        [carry-measure] Doorschuiven: { LOWERFIRST($metric) } gaan meten, met als streefwaarde { $target }.
        [carry-retarget] Doorschuiven: voor { LOWERFIRST($metric) } een streefwaarde afspreken die afwijkt van de nulmeting.
        [due] Deadline volgende periode: de streefwaarde van { $target } uiterlijk { $due } halen{ $at_risk ->
            [yes] ; loopt nu risico
           *[no] {""}
        }.
       *[carry-date] Doorschuiven: een datum en een plan afspreken om de streefwaarde van { $target } te halen.
    }

# One proposal on page 1: the goal's title, then its action. The action itself starts with
# "Doorschuiven:", "Behaald:" …, so a dash (not a second colon) separates them and the action
# keeps its capital.
next-proposal = { $title } – { $action }

# The headings of the three lists. $group: carried, due or renew.
next-group =
    { $group ->
        [carried] Doorgeschoven
        [due] Deadline volgende periode
       *[renew] Behaald: volgende streefwaarde afspreken
    }

next-no-goals = Voor { $period } stellen we voor om per stakeholder doelen af te spreken, elk met een nulmeting, een streefwaarde en een datum.

# One part of the summary: "2 doorgeschoven doelen". $kind: carried, due or renew.
next-summary-part =
    { $kind ->
        [carried] { $count ->
            [one] { $count } doorgeschoven doel
           *[other] { $count } doorgeschoven doelen
        }
        [due] { $count ->
            [one] { $count } doel
           *[other] { $count } doelen
        } met een deadline
       *[renew] { $count ->
            [one] { $count } behaald doel dat een nieuwe streefwaarde krijgt
           *[other] { $count } behaalde doelen die een nieuwe streefwaarde krijgen
        }
    }

# "Voor Q4 2026: 2 doorgeschoven doelen en 1 doel met een deadline." ($changes is yes when
# $parts lists next-summary-part), else nothing needs a change.
next-summary =
    { $changes ->
        [yes] Voor { $period }: { $parts }.
       *[no] Voor { $period } hoeft geen enkel doel te worden aangepast.
    }

next-continuing =
    { $count ->
        [one] { $count } doel loopt door tot een latere datum.
       *[other] { $count } doelen lopen door tot een latere datum.
    }

# Nothing proposed. $why: no-goals or all-continue.
next-empty =
    { $why ->
        [no-goals] Nog geen doelen: de eerste stap in de volgende periode is ze af te spreken.
       *[all-continue] Alle doelen lopen door tot hun afgesproken datum; er hoeft niets te worden doorgeschoven.
    }
