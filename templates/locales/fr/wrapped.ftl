## Wrapped : le bilan de l’année. Chaque carte présente un grand chiffre et une ligne en dessous ;
## des lignes courtes, fières et simples. $year est une année (« 2026 ») ; les chiffres arrivent
## déjà formatés.

# La carte d’ouverture, sous le nom du client. $partial vaut yes quand le client nous a rejoints
# en cours d’année, en $joined (un mois).
wrapped-opening =
    { $partial ->
        [yes] Votre année { $year } avec nous, depuis votre arrivée en { $joined }
       *[no] Votre année { $year } avec nous
    }

# Sous la valeur financière apportée par les objectifs.
wrapped-value = de valeur mesurable créée en { $year }

# Sous le nombre d’objectifs atteints cette année.
wrapped-goals =
    { $count ->
        [one] objectif atteint
       *[other] objectifs atteints
    }

# Sous la plus forte amélioration (un pourcentage) de l’indicateur propre au client $metric,
# passé de $from à $to.
wrapped-improvement = d’amélioration : { $metric }, de { $from } à { $to }

# Sous le nombre d’utilisateurs actifs. $grew vaut yes quand il a progressé de $growth par rapport
# au même mois de l’année précédente.
wrapped-users =
    { $grew ->
        [yes] { $count ->
            [one] personne l’utilise chaque mois, { $growth } de plus qu’il y a un an
           *[other] personnes l’utilisent chaque mois, { $growth } de plus qu’il y a un an
        }
       *[no] { $count ->
            [one] personne l’utilise chaque mois
           *[other] personnes l’utilisent chaque mois
        }
    }

# Un classement parmi des clients comparables, sous la carte des utilisateurs :
# « Top 4 % des clients Mid-Market… ».
wrapped-rank-growth = Top { $top } des clients { $segment } pour la croissance des utilisateurs actifs

# Sous le nom de la fonctionnalité la plus utilisée : $users au plus haut ; $new fonctionnalités
# nouvellement adoptées.
wrapped-feature =
    votre fonctionnalité la plus utilisée, par { $users ->
        [one] { $users } personne
       *[other] { $users } personnes
    }{ $new ->
        [0] {""}
        [one] , et { $new } nouvelle fonctionnalité adoptée
       *[other] , et { $new } nouvelles fonctionnalités adoptées
    }

# Sous le nom du mois le plus actif.
wrapped-busiest =
    votre mois le plus actif : { $events ->
        [one] { $events } action
       *[other] { $events } actions
    }

wrapped-milestones =
    { $count ->
        [one] jalon du plan de succès franchi
       *[other] jalons du plan de succès franchis
    }

# Sous le nombre de tickets de support résolus ; $avoided tickets urgents l’ont été sans escalade.
wrapped-support =
    { $count ->
        [one] ticket de support résolu
       *[other] tickets de support résolus
    }{ $avoided ->
        [0] {""}
        [one] , dont { $avoided } urgent sans escalade
       *[other] , dont { $avoided } urgents sans escalade
    }

# La carte de clôture : les grands mots, puis l’objectif de l’année suivante ($goaled vaut yes
# quand il y en a un). $next est l’année suivante.
wrapped-closing-big = Cap sur { $next }
wrapped-closing =
    { $goaled ->
        [yes] Prochain objectif : { $goal }. Préparons-le ensemble.
       *[no] Fixons ensemble les objectifs de l’année prochaine.
    }

# The PDF's title.
wrapped-title = { $account } : votre année { $year } avec { $company }

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account } : votre année { $year } avec { $company }
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this. $role comes with its article ("le champion"), so it
# follows "vous êtes" (not "en tant que"); "chez" avoids "de"/"d’" before the name.
wrapped-email-why = Vous recevez cet e-mail de la part de { $company } car vous êtes { $role } chez { $account }.
ui-wrapped-email-cta = Réservez votre revue { $next }
ui-wrapped-email-share-heading = Partagez votre année
ui-wrapped-email-pdf = Votre année en PDF
ui-wrapped-email-image = L’image à partager
ui-wrapped-email-unsubscribe = Se désabonner
