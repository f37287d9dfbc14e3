## La revue de valeur : les objectifs par partie prenante, et la phrase qui décrit chacun.
## Les chiffres arrivent formatés pour la langue du lecteur ; $metric, les intitulés des
## objectifs et les unités sont les mots du client, tirés des données, et imprimés tels quels.
## En français, la phrase commence par « { $metric } : » pour éviter d’avoir à accorder un
## article avec un nom venu des données.

# Un objectif encore sans mesure.
goal-not-measured = { $metric } : aucune mesure à ce jour ; la progression ne peut donc pas être affichée.

# Un objectif dont la cible est égale à la valeur de référence.
goal-target-is-baseline = { $metric } : { $actual } actuellement, mais la cible est égale à la valeur de référence ({ $baseline }) ; la progression ne peut donc pas être mesurée.

# L’évolution de l’indicateur, sous forme de groupe de mots que goal-sentence place après
# « { $metric } : ». $how : steady (stable), rose-pct / fell-pct (par rapport à la valeur de
# référence : $pct), rose-points / fell-points (indicateur en pourcentage : $points),
# rose / fell (de $baseline à $actual).
goal-moved =
    { $how ->
        [steady] stable à { $actual }
        [rose-pct] en hausse de { $pct }
        [fell-pct] en baisse de { $pct }
        [rose-points] en hausse de { $points }, à { $actual }
        [fell-points] en baisse de { $points }, à { $actual }
        [rose] en hausse, de { $baseline } à { $actual }
       *[fell] en baisse, de { $baseline } à { $actual }
    }

# La cible, sous forme de groupe nominal féminin : relative à la valeur de référence
# (« la cible de 30 % ») ou en valeur absolue.
goal-target-relative = la cible de { $pct }
goal-target-absolute = la cible de { $target }
# La cible dont l’indicateur s’est éloigné : « la baisse visée de 30 % » ($way : cut ou rise).
goal-target-away =
    { $way ->
        [cut] la baisse visée de { $pct }
       *[rise] la hausse visée de { $pct }
    }

# La phrase sur un objectif. $status : achieved, on_track, at_risk_improving (dans le bon
# sens, mais trop lentement), at_risk (dans le mauvais sens), missed_improving, missed, no_data.
# $moved est goal-moved ; $target et $away sont les groupes ci-dessus ; $exactly vaut yes
# quand la cible est atteinte exactement ; $dated vaut yes quand l’objectif a une échéance
# ($due) ; $valued vaut yes quand l’amélioration a une valeur monétaire ($worth).
goal-sentence =
    { $status ->
        [achieved] { $metric } : { $moved }, { $exactly ->
                [yes] atteignant
               *[no] dépassant
            } { $target }{ $valued ->
                [yes] , pour une valeur de { $worth }
               *[no] {""}
            }.
        [on_track] { $metric } : { $moved }, en bonne voie pour atteindre { $target }{ $dated ->
                [yes] {" "}d’ici le { $due }
               *[no] {""}
            }{ $valued ->
                [yes] , pour une valeur de { $worth }
               *[no] {""}
            }.
        [at_risk_improving] { $metric } : { $moved }, à un rythme insuffisant pour atteindre { $target }{ $dated ->
                [yes] {" "}d’ici le { $due }
               *[no] {""}
            } — objectif à risque{ $valued ->
                [yes] , pour une valeur de { $worth }
               *[no] {""}
            }.
        [at_risk] { $metric } : { $moved }, à rebours de { $away }{ $dated ->
                [yes] {" "}d’ici le { $due }
               *[no] {""}
            } — objectif à risque.
        [missed_improving] { $metric } : { $moved }, en deçà de { $target }{ $dated ->
                [yes] {" "}(échéance : { $due })
               *[no] {""}
            }{ $valued ->
                [yes] , pour une valeur de { $worth }
               *[no] {""}
            }.
        [missed] { $metric } : { $moved }, à rebours de { $away }{ $dated ->
                [yes] {" "}(échéance : { $due })
               *[no] {""}
            }.
       *[no_data] { $metric } : { $moved } ; la progression ne peut pas être mesurée.
    }

# L’écart par rapport à la valeur de référence, dans l’unité de l’objectif ($way : more,
# less ou none) : « 6 h de moins ».
goal-improvement =
    { $way ->
        [more] { $amount } de plus
        [less] { $amount } de moins
       *[none] aucune évolution
    }

# Le sens dans lequel l’indicateur doit évoluer.
goal-direction =
    { $direction ->
        [lower] Objectif de baisse
       *[higher] Objectif de hausse
    }

# Ce qui compte pour chaque partie prenante, en une ligne sous son nom.
goals-focus =
    { $role ->
        [executive_sponsor] Résultats métier et retour sur investissement
        [champion] Les objectifs de l’équipe
        [end_user] Gain de temps et facilité d’utilisation
       *[other] {""}
    }

goals-none = Aucun objectif n’est encore enregistré pour ce compte.
goals-empty = Aucun objectif n’est enregistré pour ce compte. Première étape pour la prochaine période : convenir, pour chaque partie prenante, d’objectifs assortis d’une valeur de référence, d’une cible et d’une échéance.

# Un élément de la liste du résumé : « 2 en bonne voie ». $status : on_track, at_risk,
# missed, no_data.
goals-summary-part =
    { $status ->
        [on_track] { $count } en bonne voie
        [at_risk] { $count } à risque
        [missed] { $count ->
            [one] { $count } non atteint
           *[other] { $count } non atteints
        }
       *[no_data] { $count ->
            [one] { $count } pas encore mesuré
           *[other] { $count } pas encore mesurés
        }
    }

# « 2 objectifs atteints sur 4 ; 1 en bonne voie et 1 à risque. » $others vaut yes quand
# $rest énumère les autres objectifs (éléments goals-summary-part réunis en liste).
goals-summary =
    { $achieved ->
        [0] Aucun objectif atteint
        [one] { $achieved } objectif atteint
       *[other] { $achieved } objectifs atteints
    } sur { $count }{ $others ->
        [yes] {"\u202F"}; { $rest }
       *[no] {""}
    }.

goals-average-progress = En moyenne, les objectifs mesurés ont parcouru { $progress } du chemin vers leur cible.
