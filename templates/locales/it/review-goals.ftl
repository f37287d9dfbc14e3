## The value review: goals per stakeholder, and the sentence about each goal.
## Figures arrive formatted for the reader's locale; $metric, goal titles and units are the
## customer's own words from the data and are printed as they are.
## Italian: the gender and number of $metric are unknown, so the goal sentences open with
## "{ $metric }:" and continue with phrases that need no agreement with it. Percentages and
## dates are placed without an article (in parentheses, or after "scadenza"), so no elision
## ("l'8", "dell'80%") is ever needed.

# A goal with no measurement yet.
goal-not-measured = { $metric }: nessuna misurazione ancora disponibile, quindi non è possibile mostrare i progressi.

# A goal whose target equals its baseline.
goal-target-is-baseline = { $metric }: valore attuale { $actual }, ma il target coincide con il valore di partenza ({ $baseline }), quindi non è possibile misurare i progressi.

# How far a goal's measure moved, as a phrase that goal-sentence places after "{ $metric }:".
# $how: steady (held), rose-pct / fell-pct (relative to the baseline: $pct), rose-points /
# fell-points (a percentage measure: $points), rose / fell (from $baseline to $actual).
goal-moved =
    { $how ->
        [steady] stabile a quota { $actual }
        [rose-pct] in aumento (+{ $pct })
        [fell-pct] in calo (−{ $pct })
        [rose-points] in aumento di { $points } (ora { $actual })
        [fell-points] in calo di { $points } (ora { $actual })
        [rose] in aumento da { $baseline } a { $actual }
       *[fell] in calo da { $baseline } a { $actual }
    }

# The target as a phrase, without its article (goal-sentence adds "il", "al", "dal"):
# relative to the baseline ("target (30%)") or as a figure ("target (13,5 h)").
goal-target-relative = target ({ $pct })
goal-target-absolute = target ({ $target })
# The target a goal moved away from: "target (−30%)" ($way: cut or rise).
goal-target-away =
    { $way ->
        [cut] target (−{ $pct })
       *[rise] target (+{ $pct })
    }

# The sentence about one goal. $status: achieved, on_track, at_risk_improving (moving the
# right way, too slowly), at_risk (moving the wrong way), missed_improving, missed, no_data.
# $moved is goal-moved; $target and $away are the phrases above; $exactly is yes when the
# target was met exactly; $dated is yes when the goal has a due date ($due); $valued is yes
# when the improvement has a money value ($worth).
goal-sentence =
    { $status ->
        [achieved] { $metric }: { $moved }, { $exactly ->
                [yes] pari al
               *[no] oltre il
            } { $target }{ $valued ->
                [yes] , per un valore di { $worth }
               *[no] {""}
            }.
        [on_track] { $metric }: { $moved }, in linea con il { $target }{ $dated ->
                [yes] {" "}con scadenza { $due }
               *[no] {""}
            }{ $valued ->
                [yes] , per un valore di { $worth }
               *[no] {""}
            }.
        [at_risk_improving] { $metric }: { $moved }, ma a un ritmo insufficiente per il { $target }{ $dated ->
                [yes] {" "}con scadenza { $due }
               *[no] {""}
            }: a rischio{ $valued ->
                [yes] ; il miglioramento vale già { $worth }
               *[no] {""}
            }.
        [at_risk] { $metric }: { $moved }, lontano dal { $away }{ $dated ->
                [yes] {" "}con scadenza { $due }
               *[no] {""}
            }: a rischio.
        [missed_improving] { $metric }: { $moved }, senza raggiungere il { $target }{ $dated ->
                [yes] {" "}con scadenza { $due }
               *[no] {""}
            }{ $valued ->
                [yes] ; il miglioramento vale comunque { $worth }
               *[no] {""}
            }.
        [missed] { $metric }: { $moved }, lontano dal { $away }{ $dated ->
                [yes] {" "}con scadenza { $due }
               *[no] {""}
            }.
       *[no_data] { $metric }: { $moved }; non è possibile misurare i progressi.
    }

# The change from baseline in the goal's unit ($way: more, less or none): "6 h in meno".
goal-improvement =
    { $way ->
        [more] { $amount } in più
        [less] { $amount } in meno
       *[none] nessuna variazione
    }

# Which way a goal's measure should go.
goal-direction =
    { $direction ->
        [lower] Meglio se più basso
       *[higher] Meglio se più alto
    }

# What each stakeholder cares about, one line under their name.
goals-focus =
    { $role ->
        [executive_sponsor] Risultati di business e ritorno sull'investimento
        [champion] Gli obiettivi del team
        [end_user] Tempo risparmiato e facilità d'uso
       *[other] {""}
    }

goals-none = Per questo account non sono ancora registrati obiettivi.
goals-empty = Per questo account non sono registrati obiettivi. Il primo passo per il prossimo periodo è concordare con ogni stakeholder obiettivi con valore di partenza, target e scadenza.

# One part of the summary's list: "2 in linea". $status: on_track, at_risk, missed, no_data.
goals-summary-part =
    { $status ->
        [on_track] { $count } in linea
        [at_risk] { $count } a rischio
        [missed] { $count ->
            [one] { $count } non raggiunto
           *[other] { $count } non raggiunti
        }
       *[no_data] { $count ->
            [one] { $count } non ancora misurato
           *[other] { $count } non ancora misurati
        }
    }

# "2 su 4 obiettivi raggiunti; 1 in linea e 1 a rischio." $others is yes when $rest lists
# the other goals (goals-summary-part joined as a list).
goals-summary =
    { $achieved ->
        [0] Nessun obiettivo raggiunto
        [one] { $achieved } obiettivo raggiunto
       *[other] { $achieved } obiettivi raggiunti
    } su { $count ->
        [one] { $count }
       *[other] { $count }
    }{ $others ->
        [yes] ; { $rest }
       *[no] {""}
    }.

goals-average-progress = Avanzamento medio degli obiettivi misurati verso il target: { $progress }.
