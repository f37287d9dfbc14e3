## The value review, Deliver: the success plan ("succesplan", milestones "mijlpalen").
## Milestone titles and owners' names are the data's own words.

# The customer's side as a milestone owner (the vendor's side is the vendor's name).
plan-customer = Klant

# A success-plan stage. $name is a stage recap does not know, as the data writes it.
plan-stage =
    { $stage ->
        [discovery] Verkenning
        [benchmark_goals] Nulmeting en doelen
        [plan] Plan
        [collaboration] Samenwerking
        [success_dashboard] Succesdashboard
       *[other] { $name }
    }

# Where a milestone stands.
plan-state =
    { $state ->
        [done] Afgerond
        [done_late] Te laat afgerond
        [late] Te laat
       *[upcoming] Gepland
    }

# When, on the timeline. $done and $due are dates.
plan-when =
    { $when ->
        [done-after-due] Afgerond { $done }, deadline { $due }
        [done] Afgerond { $done }
        [late] Deadline { $due }, niet afgerond
        [due] Deadline { $due }
       *[undated] Geen datum
    }

plan-none = Er zijn geen mijlpalen van het succesplan geregistreerd.
plan-empty = Er zijn geen mijlpalen van het succesplan geregistreerd. Voor de volgende periode stellen we een plan voor met eigenaren aan beide kanten.

# $done of $due milestones due by $date are done ($progress).
plan-progress =
    { $done } van de { $due ->
        [one] { $due } mijlpaal met een deadline tot en met { $date } is
       *[other] { $due } mijlpalen met een deadline tot en met { $date } zijn
    } afgerond ({ $progress }).
plan-nothing-due = Er stond tot en met { $date } geen mijlpaal gepland.
plan-one-late = Eén is te laat: { $title } ({ $owner }).
plan-many-late = { $count } zijn te laat.
plan-upcoming =
    { $count ->
        [one] { $count } mijlpaal staat nog gepland.
       *[other] { $count } mijlpalen staan nog gepland.
    }

# Under the timeline when milestones done before the period are folded away.
plan-hidden =
    { $count ->
        [one] { $count } eerdere, afgeronde mijlpaal wordt niet getoond.
       *[other] { $count } eerdere mijlpalen, alle afgerond, worden niet getoond.
    }
