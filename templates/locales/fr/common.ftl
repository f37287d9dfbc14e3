## Les termes communs à tous les documents : périodes, rôles des parties prenantes, statuts
## des objectifs, chiffres. Nombres, montants et dates arrivent déjà formatés pour la langue
## du lecteur (CLDR) : un message ne fait que les placer. Modifiable librement ;
## `recap review` relit ces fichiers à chaque exécution.

# Un trimestre civil. $quarter va de 1 à 4, $year est une année telle que 2026.
period-quarter = T{ $quarter } { $year }

# Une plage de jours qui n’est ni un mois, ni un trimestre, ni une année entière.
# $start et $end sont des dates.
period-range = { $start } – { $end }

# Le rôle d’une partie prenante, en libellé. $role est l’une des clés ci-dessous ; $name est
# un rôle que recap ne connaît pas, tel que les données l’écrivent.
role =
    { $role ->
        [executive_sponsor] Sponsor exécutif
        [champion] Champion
        [end_user] Utilisateurs finaux
        [admin] Administrateur
        [unassigned] Non attribué
       *[other] { $name }
    }

# Le même rôle au sein d’une phrase : « …convenir avec le sponsor exécutif de la prochaine cible ».
role-in-sentence =
    { $role ->
        [executive_sponsor] le sponsor exécutif
        [champion] le champion
        [end_user] les utilisateurs finaux
        [admin] l’administrateur
        [unassigned] l’équipe
       *[other] { $name }
    }

# Où en est un objectif.
goal-status =
    { $status ->
        [achieved] Atteint
        [on_track] En bonne voie
        [at_risk] À risque
        [missed] Non atteint
       *[no_data] Pas de données
    }

# Un chiffre en points de pourcentage, dans un tableau. $value est formaté ; $count est le
# même nombre, pour l’accord.
quantity-points =
    { $count ->
        [one] { $value } pt
       *[other] { $value } pts
    }

# Plus de noms qu’il n’en tient : « Dana Whitfield et Lee Park, ainsi que 3 autres ».
names-and-more = { $names }, ainsi que { $more } autres

# Ce qui sépare deux phrases d’un même paragraphe (une espace ; rien en japonais).
sentence-gap = {" "}

# Une variation en points au sein d’une phrase : « en hausse de 24 points », « 4,5 points de plus ».
points-words =
    { $count ->
        [one] { $value } point
       *[other] { $value } points
    }
