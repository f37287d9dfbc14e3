## La revue de valeur, Démontrer : le score de santé.

# $band : healthy, watch, at_risk ou no_data.
health-band =
    { $band ->
        [healthy] Bonne santé
        [watch] À surveiller
        [at_risk] À risque
       *[no_data] Pas de données
    }

# Les composantes du score de santé.
health-component =
    { $component ->
        [adoption] Adoption
        [goals] Progression des objectifs
        [success_plan] Plan de succès
        [support] Support
       *[sentiment] Satisfaction (NPS)
    }

health-none = Le score de santé ne peut pas être calculé : aucune de ses composantes n’a de données.

# Le score de santé vaut $score sur 100, dans la zone $band. $trend : up ou down ($points depuis
# $previous en $period), same, ou none (rien à comparer).
health-score =
    Le score de santé s’établit à { $score } sur 100 ({ $band ->
        [healthy] bonne santé
        [watch] à surveiller
        [at_risk] à risque
       *[no_data] pas de données
    }){ $trend ->
        [up] , en hausse de { $points ->
            [one] { $points } point
           *[other] { $points } points
        } par rapport à { $previous } ({ $period })
        [down] , en baisse de { $points ->
            [one] { $points } point
           *[other] { $points } points
        } par rapport à { $previous } ({ $period })
        [same] , stable par rapport à la période précédente ({ $period })
       *[none] {""}
    }.

# Seules $with_data des $total composantes ont des données.
health-partial = Il repose sur { $with_data } de ses { $total } composantes ; les autres n’ont pas de données.

# La base du score : toutes les composantes ($all vaut yes), ou $with_data sur $total.
health-basis =
    { $all ->
        [yes] Calculé à partir de l’ensemble des { $total } composantes.
       *[other] Calculé à partir de { $with_data ->
            [one] { $with_data } composante
           *[other] { $with_data } composantes
        } sur { $total } ; celles sans données sont exclues et les autres repondérées.
    }

# Une composante sans données n’a pas de poids.
health-not-counted = non prise en compte
