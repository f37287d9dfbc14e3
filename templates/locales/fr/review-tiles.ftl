## La revue de valeur, page 1 : les quatre indicateurs clés.

# Le nom de l’indicateur. $tile : goals, adoption, health ou nps.
tile-label =
    { $tile ->
        [goals] Progrès des objectifs
        [adoption] Licences utilisées
        [health] Santé
       *[nps] NPS
    }

# Le grand chiffre quand il n’y en a pas.
tile-no-data = Pas de données

# « 2 objectifs atteints sur 4 ».
tile-goals-caption =
    { $achieved ->
        [0] Aucun objectif atteint
        [one] { $achieved } objectif atteint
       *[other] { $achieved } objectifs atteints
    } sur { $count }

# Pas de progression des objectifs. $why : no-goals, ou not-measured ($count objectifs sans mesure).
tile-goals-empty-value =
    { $why ->
        [no-goals] Aucun objectif
       *[not-measured] Non mesuré
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] aucun convenu à ce jour
       *[not-measured] { $count ->
            [one] { $count } objectif sans mesure
           *[other] { $count } objectifs sans mesure
        }
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] Aucun objectif n’est encore convenu ; les définir est la première étape de la prochaine période.
       *[not-measured] Aucun objectif n’a encore de mesure : la progression ne peut donc pas être affichée.
    }

# $active et $seats sont des nombres formatés.
tile-adoption-caption = { $active } licences actives sur { $seats }
tile-adoption-empty-caption =
    { $seats ->
        [0] aucune licence enregistrée
        [one] { $seats } licence achetée
       *[other] { $seats } licences achetées
    }

# Sous le score de santé : sa zone, et le nombre de composantes sur lesquelles il repose
# ($all vaut yes quand toutes les composantes ont des données).
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band } · sur 100
           *[other] { $band } · d’après { $with_data ->
                [one] { $with_data } composante
               *[other] { $with_data } composantes
            } sur { $total }
        }
       *[no] aucune composante n’a de données
    }

tile-nps-none = Aucune réponse
tile-nps-caption =
    { $responses ->
        [0] sur cette période
        [one] { $responses } réponse
       *[other] { $responses } réponses
    }
