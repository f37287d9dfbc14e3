## The value review, Next: the goals proposed for the next period.
## $metric is the goal's measure as the data names it; LOWERFIRST($metric) puts its first
## letter in lower case inside a sentence (leave it out in languages that capitalize nouns).
## Italian: the metric follows "l'indicatore", so it needs no article of its own.

# Where a goal is now: its latest figure and, when $measured is yes, its $progress.
next-now =
    { $measured ->
        [yes] { $actual }, avanzamento { $progress }
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
        [renew] Raggiunto: concordare con { $role } il prossimo target per l'indicatore { LOWERFIRST($metric) }.
        [carry-missed] Da riportare: raggiungere il target ({ $target }) entro il { $next_end } (scadenza originaria: { $dated ->
            [yes] { $due }
           *[no] non fissata
        }).
        [carry-measure] Da riportare: iniziare a misurare l'indicatore { LOWERFIRST($metric) } rispetto al target ({ $target }).
        [carry-retarget] Da riportare: concordare per l'indicatore { LOWERFIRST($metric) } un target diverso dal valore di partenza.
        [due] Scade nel prossimo periodo ({ $due }): raggiungere il target ({ $target }){ $at_risk ->
            [yes] , oggi a rischio
           *[no] {""}
        }.
       *[carry-date] Da riportare: fissare una data per raggiungere il target ({ $target }) e un piano per arrivarci.
    }

# One proposal on page 1: the goal's title, then its action.
# Italian: an en dash, since the action itself contains a colon.
next-proposal = { $title } – { LOWERFIRST($action) }

# The headings of the three lists. $group: carried, due or renew.
next-group =
    { $group ->
        [carried] Da riportare
        [due] In scadenza nel prossimo periodo
       *[renew] Raggiunti: concordare il prossimo target
    }

next-no-goals = Per il periodo { $period } proponiamo di concordare con ogni stakeholder obiettivi con valore di partenza, target e scadenza.

# One part of the summary: "2 obiettivi da riportare". $kind: carried, due or renew.
next-summary-part =
    { $kind ->
        [carried] { $count ->
            [one] { $count } obiettivo da riportare
           *[other] { $count } obiettivi da riportare
        }
        [due] { $count ->
            [one] { $count } obiettivo in scadenza
           *[other] { $count } obiettivi in scadenza
        }
       *[renew] { $count ->
            [one] { $count } obiettivo raggiunto e pronto per un nuovo target
           *[other] { $count } obiettivi raggiunti e pronti per un nuovo target
        }
    }

# "Per il periodo Q4 2026: 2 obiettivi da riportare e 1 obiettivo in scadenza." ($changes
# is yes when $parts lists next-summary-part), else nothing needs a change.
next-summary =
    { $changes ->
        [yes] Per il periodo { $period }: { $parts }.
       *[no] Nessun obiettivo richiede modifiche per il periodo { $period }.
    }

next-continuing =
    { $count ->
        [one] { $count } obiettivo prosegue verso una scadenza successiva.
       *[other] { $count } obiettivi proseguono verso una scadenza successiva.
    }

# Nothing proposed. $why: no-goals or all-continue.
next-empty =
    { $why ->
        [no-goals] Non ci sono ancora obiettivi: il primo passo del prossimo periodo è concordarli.
       *[all-continue] Tutti gli obiettivi proseguono verso la scadenza concordata; nulla da riportare.
    }
