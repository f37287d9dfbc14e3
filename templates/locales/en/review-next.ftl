## The value review, Next: the goals proposed for the next period.
## $metric is the goal's measure as the data names it; LOWERFIRST($metric) puts its first
## letter in lower case inside a sentence (leave it out in languages that capitalize nouns).

# Where a goal is now: its latest figure and, when $measured is yes, its $progress.
next-now =
    { $measured ->
        [yes] { $actual }, { $progress } of the way
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
        [renew] Achieved: agree the next target for { LOWERFIRST($metric) } with { $role }.
        [carry-missed] Carry over: reach { $target } by { $next_end } (was due { $dated ->
            [yes] { $due }
           *[no] no date
        }).
        [carry-measure] Carry over: start measuring { LOWERFIRST($metric) } against the target of { $target }.
        [carry-retarget] Carry over: agree a target for { LOWERFIRST($metric) } that differs from its baseline.
        [due] Due next period: reach { $target } by { $due }{ $at_risk ->
            [yes] , currently at risk
           *[no] {""}
        }.
       *[carry-date] Carry over: set a date to reach { $target } and a plan to get there.
    }

# One proposal on page 1: the goal's title, then its action.
next-proposal = { $title }: { LOWERFIRST($action) }

# The headings of the three lists. $group: carried, due or renew.
next-group =
    { $group ->
        [carried] Carried over
        [due] Due next period
       *[renew] Achieved: agree the next target
    }

next-no-goals = For { $period }, we propose agreeing goals with a baseline, a target and a date for each stakeholder.

# One part of the summary: "2 goals carried over". $kind: carried, due or renew.
next-summary-part =
    { $kind ->
        [carried] { $count ->
            [one] { $count } goal
           *[other] { $count } goals
        } carried over
        [due] { $count ->
            [one] { $count } goal
           *[other] { $count } goals
        } due
       *[renew] { $count ->
            [one] { $count } goal
           *[other] { $count } goals
        } achieved and ready for a new target
    }

# "For Q4 2026: 2 goals carried over and 1 goal due." ($changes is yes when $parts lists
# next-summary-part), else nothing needs a change.
next-summary =
    { $changes ->
        [yes] For { $period }: { $parts }.
       *[no] No goal needs a change for { $period }.
    }

next-continuing =
    { $count ->
        [one] { $count } goal is
       *[other] { $count } goals are
    } continuing to a later date.

# Nothing proposed. $why: no-goals or all-continue.
next-empty =
    { $why ->
        [no-goals] No goals yet: the first step next period is to agree them.
       *[all-continue] Every goal continues to its agreed date; nothing to carry over.
    }
