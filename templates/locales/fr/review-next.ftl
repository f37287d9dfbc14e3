## La revue de valeur, La suite : les objectifs proposés pour la prochaine période.
## $metric est l’indicateur de l’objectif, tel que les données le nomment ; LOWERFIRST($metric)
## met sa première lettre en minuscule au sein d’une phrase (à omettre dans les langues qui
## mettent une majuscule aux noms). En français, il suit « l’indicateur ».

# Où en est un objectif : son dernier chiffre et, quand $measured vaut yes, sa progression $progress.
next-now =
    { $measured ->
        [yes] { $actual }, { $progress } du chemin parcouru
       *[no] { $actual }
    }

# Ce que nous proposons pour un objectif. $action :
#   renew : atteint, convenir d’une nouvelle cible avec $role (role-in-sentence) ;
#   carry-missed : non atteint, atteindre $target d’ici le $next_end (échéance initiale $due,
#     quand $dated vaut yes) ;
#   carry-measure : jamais mesuré ; carry-retarget : sa cible est égale à sa valeur de référence ;
#   due : à échéance sur la prochaine période, au $due ($at_risk vaut yes s’il est à risque) ;
#   carry-date : à risque, sans échéance.
next-action =
    { $action ->
        [renew] Atteint : convenir avec { $role } de la prochaine cible pour l’indicateur { LOWERFIRST($metric) }.
        [carry-missed] Reporté : atteindre { $target } d’ici le { $next_end } ({ $dated ->
            [yes] échéance initiale : { $due }
           *[no] sans échéance initiale
        }).
        [carry-measure] Reporté : commencer à mesurer l’indicateur { LOWERFIRST($metric) } au regard de la cible de { $target }.
        [carry-retarget] Reporté : convenir pour l’indicateur { LOWERFIRST($metric) } d’une cible différente de sa valeur de référence.
        [due] À échéance sur la prochaine période : atteindre { $target } d’ici le { $due }{ $at_risk ->
            [yes] , objectif actuellement à risque
           *[no] {""}
        }.
       *[carry-date] Reporté : fixer une échéance pour atteindre { $target }, et un plan pour y parvenir.
    }

# Une proposition en page 1 : l’intitulé de l’objectif, puis l’action (un tiret plutôt que
# deux-points, l’action en contenant déjà).
next-proposal = { $title } — { LOWERFIRST($action) }

# Les titres des trois listes. $group : carried, due ou renew.
next-group =
    { $group ->
        [carried] Reportés
        [due] À échéance sur la prochaine période
       *[renew] Atteints : convenir de la prochaine cible
    }

next-no-goals = { $period } : nous proposons de convenir, pour chaque partie prenante, d’objectifs assortis d’une valeur de référence, d’une cible et d’une échéance.

# Un élément du résumé : « 2 objectifs reportés ». $kind : carried, due ou renew.
next-summary-part =
    { $kind ->
        [carried] { $count ->
            [one] { $count } objectif reporté
           *[other] { $count } objectifs reportés
        }
        [due] { $count ->
            [one] { $count } objectif à échéance
           *[other] { $count } objectifs à échéance
        }
       *[renew] { $count ->
            [one] { $count } objectif atteint, prêt pour une nouvelle cible
           *[other] { $count } objectifs atteints, prêts pour une nouvelle cible
        }
    }

# « T4 2026 : 2 objectifs reportés et 1 objectif à échéance. » ($changes vaut yes quand
# $parts énumère les éléments next-summary-part), sinon aucun changement n’est nécessaire.
next-summary =
    { $changes ->
        [yes] { $period } : { $parts }.
       *[no] { $period } : aucun objectif ne nécessite d’ajustement.
    }

next-continuing =
    { $count ->
        [one] { $count } objectif se poursuit jusqu’à une échéance ultérieure.
       *[other] { $count } objectifs se poursuivent jusqu’à une échéance ultérieure.
    }

# Aucune proposition. $why : no-goals ou all-continue.
next-empty =
    { $why ->
        [no-goals] Pas encore d’objectifs : la première étape de la prochaine période est de les définir.
       *[all-continue] Chaque objectif se poursuit jusqu’à son échéance convenue ; rien à reporter.
    }
