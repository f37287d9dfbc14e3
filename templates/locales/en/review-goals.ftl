## The value review: goals per stakeholder, and the sentence about each goal.
## Figures arrive formatted for the reader's locale; $metric, goal titles and units are the
## customer's own words from the data and are printed as they are.

# A goal with no measurement yet.
goal-not-measured = { $metric } has no measurement yet, so progress cannot be shown.

# A goal whose target equals its baseline.
goal-target-is-baseline = { $metric } is at { $actual }, but its target equals its baseline ({ $baseline }), so progress cannot be measured.

# How far a goal's measure moved, as a phrase that goal-sentence places after the metric.
# $how: steady (held), rose-pct / fell-pct (relative to the baseline: $pct), rose-points /
# fell-points (a percentage measure: $points), rose / fell (from $baseline to $actual).
goal-moved =
    { $how ->
        [steady] held steady at { $actual }
        [rose-pct] rose { $pct }
        [fell-pct] fell { $pct }
        [rose-points] rose { $points } to { $actual }
        [fell-points] fell { $points } to { $actual }
        [rose] rose from { $baseline } to { $actual }
       *[fell] fell from { $baseline } to { $actual }
    }

# The target as a phrase: relative to the baseline ("the 30% target") or as a figure.
goal-target-relative = the { $pct } target
goal-target-absolute = the { $target } target
# The target a goal moved away from: "the targeted 30% cut" ($way: cut or rise).
goal-target-away =
    { $way ->
        [cut] the targeted { $pct } cut
       *[rise] the targeted { $pct } rise
    }

# The sentence about one goal. $status: achieved, on_track, at_risk_improving (moving the
# right way, too slowly), at_risk (moving the wrong way), missed_improving, missed, no_data.
# $moved is goal-moved; $target and $away are the phrases above; $exactly is yes when the
# target was met exactly; $dated is yes when the goal has a due date ($due); $valued is yes
# when the improvement has a money value ($worth).
goal-sentence =
    { $status ->
        [achieved] { $metric } { $moved }, { $exactly ->
                [yes] meeting
               *[no] past
            } { $target }{ $valued ->
                [yes] , worth { $worth }
               *[no] {""}
            }.
        [on_track] { $metric } { $moved }, on track for { $target }{ $dated ->
                [yes] {" "}by { $due }
               *[no] {""}
            }{ $valued ->
                [yes] , worth { $worth }
               *[no] {""}
            }.
        [at_risk_improving] { $metric } { $moved }, behind the pace for { $target }{ $dated ->
                [yes] {" "}by { $due }
               *[no] {""}
            }: at risk{ $valued ->
                [yes] , worth { $worth }
               *[no] {""}
            }.
        [at_risk] { $metric } { $moved }, away from { $away }{ $dated ->
                [yes] {" "}by { $due }
               *[no] {""}
            }: at risk.
        [missed_improving] { $metric } { $moved }, short of { $target }{ $dated ->
                [yes] {" "}due { $due }
               *[no] {""}
            }{ $valued ->
                [yes] , worth { $worth }
               *[no] {""}
            }.
        [missed] { $metric } { $moved }, away from { $away }{ $dated ->
                [yes] {" "}due { $due }
               *[no] {""}
            }.
       *[no_data] { $metric } { $moved }; progress cannot be measured.
    }

# The change from baseline in the goal's unit ($way: more, less or none): "6 h less".
goal-improvement =
    { $way ->
        [more] { $amount } more
        [less] { $amount } less
       *[none] no change
    }

# Which way a goal's measure should go.
goal-direction =
    { $direction ->
        [lower] Lower is better
       *[higher] Higher is better
    }

# What each stakeholder cares about, one line under their name.
goals-focus =
    { $role ->
        [executive_sponsor] Business results and return on investment
        [champion] The team's goals
        [end_user] Time saved and ease of use
       *[other] {""}
    }

goals-none = No goals are recorded for this account yet.
goals-empty = No goals are recorded for this account. Agreeing goals with a baseline, a target and a date for each stakeholder is the first step for next period.

# One part of the summary's list: "2 on track". $status: on_track, at_risk, missed, no_data.
goals-summary-part =
    { $status ->
        [on_track] { $count } on track
        [at_risk] { $count } at risk
        [missed] { $count } missed
       *[no_data] { $count } not yet measured
    }

# "2 of 4 goals achieved; 1 on track and 1 at risk." $others is yes when $rest lists the
# other goals (goals-summary-part joined as a list).
goals-summary =
    { $achieved } of { $count ->
        [one] { $count } goal
       *[other] { $count } goals
    } achieved{ $others ->
        [yes] ; { $rest }
       *[no] {""}
    }.

goals-average-progress = Measured goals are { $progress } of the way to target on average.
