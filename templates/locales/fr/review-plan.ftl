## La revue de valeur, Réaliser : le plan de succès.
## Les intitulés des jalons et les noms des responsables sont ceux des données.

# Le côté client en tant que responsable d’un jalon (le côté éditeur porte le nom de l’éditeur).
plan-customer = Client

# Une étape du plan de succès. $name est une étape que recap ne connaît pas, telle que les
# données l’écrivent.
plan-stage =
    { $stage ->
        [discovery] Découverte
        [benchmark_goals] Référentiel et objectifs
        [plan] Plan
        [collaboration] Collaboration
        [success_dashboard] Tableau de bord de succès
       *[other] { $name }
    }

# Où en est un jalon.
plan-state =
    { $state ->
        [done] Terminé
        [done_late] Terminé en retard
        [late] En retard
       *[upcoming] À venir
    }

# Quand, sur la frise. $done et $due sont des dates.
plan-when =
    { $when ->
        [done-after-due] Terminé le { $done }, échéance le { $due }
        [done] Terminé le { $done }
        [late] Échéance le { $due }, non terminé
        [due] Échéance le { $due }
       *[undated] Aucune date fixée
    }

plan-none = Aucun jalon de plan de succès n’est enregistré.
plan-empty = Aucun jalon de plan de succès n’est enregistré. Nous proposons pour la prochaine période un plan avec des responsables des deux côtés.

# $done des $due jalons arrivés à échéance au $date sont terminés ($progress).
plan-progress =
    Jalons arrivés à échéance au { $date } : { $done ->
        [one] { $done } terminé
       *[other] { $done } terminés
    } sur { $due } ({ $progress }).
plan-nothing-due = Aucun jalon n’arrivait à échéance au { $date }.
plan-one-late = Un jalon est en retard : { $title } ({ $owner }).
plan-many-late = { $count } jalons sont en retard.
plan-upcoming =
    { $count ->
        [one] { $count } jalon est à venir.
       *[other] { $count } jalons sont à venir.
    }

# Sous la frise, quand les jalons terminés avant la période sont masqués.
plan-hidden =
    { $count ->
        [one] { $count } jalon antérieur, terminé, n’est pas affiché.
       *[other] { $count } jalons antérieurs, tous terminés, ne sont pas affichés.
    }
