## The value review, Deliver: the success plan.
## Milestone titles and owners' names are the data's own words.
## Italian: "milestone" is feminine and invariable (la milestone, le milestone).

# The customer's side as a milestone owner (the vendor's side is the vendor's name).
plan-customer = Cliente

# A success-plan stage. $name is a stage recap does not know, as the data writes it.
plan-stage =
    { $stage ->
        [discovery] Discovery
        [benchmark_goals] Benchmark e obiettivi
        [plan] Pianificazione
        [collaboration] Collaborazione
        [success_dashboard] Dashboard dei risultati
       *[other] { $name }
    }

# Where a milestone stands.
plan-state =
    { $state ->
        [done] Completata
        [done_late] Completata in ritardo
        [late] In ritardo
       *[upcoming] In programma
    }

# When, on the timeline. $done and $due are dates.
plan-when =
    { $when ->
        [done-after-due] Completata { $done }, scadenza { $due }
        [done] Completata { $done }
        [late] Scadenza { $due }, non completata
        [due] Scadenza { $due }
       *[undated] Nessuna data fissata
    }

plan-none = Non risultano milestone del success plan.
plan-empty = Non risultano milestone del success plan. Per il prossimo periodo proponiamo un piano con responsabili da entrambe le parti.

# $done of $due milestones due by $date (the period's end) are done ($progress).
plan-progress =
    { $done } su { $due ->
        [one] { $due } milestone in scadenza entro il { $date } è completata
       *[other] { $due } milestone in scadenza entro il { $date } sono completate
    } ({ $progress }).
plan-nothing-due = Nessuna milestone era in scadenza entro il { $date }.
plan-one-late = Una è in ritardo: { $title } ({ $owner }).
plan-many-late = { $count } sono in ritardo.
plan-upcoming =
    { $count ->
        [one] { $count } milestone è in programma.
       *[other] { $count } milestone sono in programma.
    }

# Under the timeline when milestones done before the period are folded away.
plan-hidden =
    { $count ->
        [one] { $count } milestone precedente, già completata, non è mostrata.
       *[other] { $count } milestone precedenti, tutte completate, non sono mostrate.
    }
