## The value review: goals per stakeholder, and the sentence about each goal.
## Figures arrive formatted for the reader's locale; $metric, goal titles and units are the
## customer's own words from the data and are printed as they are.

# A goal with no measurement yet.
goal-not-measured = { $metric } is nog niet gemeten, dus de voortgang is niet te tonen.

# A goal whose target equals its baseline.
goal-target-is-baseline = { $metric } staat op { $actual }, maar de streefwaarde is gelijk aan de nulmeting ({ $baseline }), dus de voortgang is niet te meten.

# How far a goal's measure moved, as a phrase that goal-sentence places after the metric.
# $how: steady (held), rose-pct / fell-pct (relative to the baseline: $pct), rose-points /
# fell-points (a percentage measure: $points), rose / fell (from $baseline to $actual).
goal-moved =
    { $how ->
        [steady] bleef stabiel op { $actual }
        [rose-pct] steeg met { $pct }
        [fell-pct] daalde met { $pct }
        [rose-points] steeg met { $points } naar { $actual }
        [fell-points] daalde met { $points } naar { $actual }
        [rose] steeg van { $baseline } naar { $actual }
       *[fell] daalde van { $baseline } naar { $actual }
    }

# The target as a phrase: relative to the baseline ("de beoogde 30%") or as a figure
# ("de streefwaarde van 15 h").
goal-target-relative = de beoogde { $pct }
goal-target-absolute = de streefwaarde van { $target }
# The target a goal moved away from: "de beoogde daling van 30%" ($way: cut or rise).
goal-target-away =
    { $way ->
        [cut] de beoogde daling van { $pct }
       *[rise] de beoogde stijging van { $pct }
    }

# The sentence about one goal. $status: achieved, on_track, at_risk_improving (moving the
# right way, too slowly), at_risk (moving the wrong way), missed_improving, missed, no_data.
# $moved is goal-moved; $target and $away are the phrases above; $exactly is yes when the
# target was met exactly; $dated is yes when the goal has a due date ($due); $valued is yes
# when the improvement has a money value ($worth).
# In Dutch the money value follows the movement it belongs to ("steeg met 20%, goed voor
# € 8.000, en …"), and the date sits inside the "om … te halen" clause.
goal-sentence =
    { $status ->
        [achieved] { $metric } { $moved }{ $valued ->
                [yes] , goed voor { $worth },
               *[no] {""}
            } en { $exactly ->
                [yes] haalt daarmee precies
               *[no] overtreft daarmee
            } { $target }.
        [on_track] { $metric } { $moved }{ $valued ->
                [yes] , goed voor { $worth },
               *[no] {""}
            } en ligt op koers om { $target }{ $dated ->
                [yes] {" "}uiterlijk { $due }
               *[no] {""}
            } te halen.
        [at_risk_improving] { $metric } { $moved }{ $valued ->
                [yes] , goed voor { $worth }
               *[no] {""}
            }, maar niet snel genoeg om { $target }{ $dated ->
                [yes] {" "}uiterlijk { $due }
               *[no] {""}
            } te halen: het doel loopt risico.
        [at_risk] { $metric } { $moved } en gaat daarmee in tegen { $away }{ $dated ->
                [yes] {" "}(deadline { $due })
               *[no] {""}
            }: het doel loopt risico.
        [missed_improving] { $metric } { $moved }{ $valued ->
                [yes] , goed voor { $worth }
               *[no] {""}
            }, maar bleef achter bij { $target }{ $dated ->
                [yes] {" "}(deadline { $due })
               *[no] {""}
            }.
        [missed] { $metric } { $moved } en ging daarmee in tegen { $away }{ $dated ->
                [yes] {" "}(deadline { $due })
               *[no] {""}
            }.
       *[no_data] { $metric } { $moved }; de voortgang is niet te meten.
    }

# The change from baseline in the goal's unit ($way: more, less or none): "6 h minder".
goal-improvement =
    { $way ->
        [more] { $amount } meer
        [less] { $amount } minder
       *[none] geen verandering
    }

# Which way a goal's measure should go.
goal-direction =
    { $direction ->
        [lower] Lager is beter
       *[higher] Hoger is beter
    }

# What each stakeholder cares about, one line under their name.
goals-focus =
    { $role ->
        [executive_sponsor] Bedrijfsresultaten en rendement op de investering
        [champion] De doelen van het team
        [end_user] Tijdwinst en gebruiksgemak
       *[other] {""}
    }

goals-none = Voor deze klant zijn nog geen doelen vastgelegd.
goals-empty = Voor deze klant zijn geen doelen vastgelegd. De eerste stap voor de volgende periode is om per stakeholder doelen af te spreken, elk met een nulmeting, een streefwaarde en een datum.

# One part of the summary's list: "2 op koers". $status: on_track, at_risk, missed, no_data.
goals-summary-part =
    { $status ->
        [on_track] { $count } op koers
        [at_risk] { $count ->
            [one] { $count } loopt risico
           *[other] { $count } lopen risico
        }
        [missed] { $count } niet behaald
       *[no_data] { $count } nog niet gemeten
    }

# "2 van 4 doelen behaald; 1 op koers en 1 loopt risico." $others is yes when $rest lists
# the other goals (goals-summary-part joined as a list).
goals-summary =
    { $achieved } van { $count ->
        [one] { $count } doel
       *[other] { $count } doelen
    } behaald{ $others ->
        [yes] ; { $rest }
       *[no] {""}
    }.

goals-average-progress = De gemeten doelen zijn gemiddeld voor { $progress } gerealiseerd.
