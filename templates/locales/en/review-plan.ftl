## The value review, Deliver: the success plan.
## Milestone titles and owners' names are the data's own words.

# The customer's side as a milestone owner (the vendor's side is the vendor's name).
plan-customer = Customer

# A success-plan stage. $name is a stage recap does not know, as the data writes it.
plan-stage =
    { $stage ->
        [discovery] Discovery
        [benchmark_goals] Benchmark & goals
        [plan] Plan
        [collaboration] Collaboration
        [success_dashboard] Success dashboard
       *[other] { $name }
    }

# Where a milestone stands.
plan-state =
    { $state ->
        [done] Done
        [done_late] Done late
        [late] Late
       *[upcoming] Upcoming
    }

# When, on the timeline. $done and $due are dates.
plan-when =
    { $when ->
        [done-after-due] Done { $done }, due { $due }
        [done] Done { $done }
        [late] Due { $due }, not done
        [due] Due { $due }
       *[undated] No date set
    }

plan-none = No success-plan milestones are recorded.
plan-empty = No success-plan milestones are recorded. A plan with owners on both sides is proposed for next period.

# $done of $due milestones due by $date are done ($progress).
plan-progress =
    { $done } of { $due ->
        [one] { $due } milestone due by { $date } is
       *[other] { $due } milestones due by { $date } are
    } done ({ $progress }).
plan-nothing-due = No milestone was due by { $date }.
plan-one-late = One is late: { $title } ({ $owner }).
plan-many-late = { $count } are late.
plan-upcoming =
    { $count ->
        [one] { $count } milestone is
       *[other] { $count } milestones are
    } coming up.

# Under the timeline when milestones done before the period are folded away.
plan-hidden =
    { $count ->
        [one] { $count } earlier milestone, done, is not shown.
       *[other] { $count } earlier milestones, all done, are not shown.
    }
