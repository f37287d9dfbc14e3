## La fiche d’appel : une page qu’un CSM lit avant de parler à un client (recap brief).
## Les chiffres, dates et montants arrivent déjà formatés pour la langue (CLDR) ; un message
## ne fait que les placer. Chaque ligne de liste doit tenir sur une ligne de sa colonne.

brief-title = Fiche d’appel : { $account }
brief-heading = Fiche d’appel
brief-subtitle = { $id } · au { $date } · changements depuis le { $since }

brief-cell-arr = ARR
brief-cell-renewal = Renouvellement
brief-cell-contract = Début du contrat
brief-cell-segment = Segment
brief-cell-touch = Modèle de suivi
brief-cell-csm = CSM
brief-arr-none = Pas de données d’ARR
brief-not-recorded = Non renseigné
brief-renewal-days =
    { $when ->
        [today] aujourd’hui
        [past] il y a { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }
       *[future] dans { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }
    }
brief-no-data = pas de données

brief-health-heading = Santé
brief-health-previous = Il y a un trimestre : { $score }
brief-health-component = { $component } : { $now } (il y a un trimestre : { $before })
brief-health-moved =
    { $component } { $direction ->
        [up] est passé
       *[down] est tombé
    } de { $from } à { $to } depuis le { $date }.
brief-health-escalations =
    { $escalations ->
        [one] { $escalations } escalade
       *[other] { $escalations } escalades
    } sur { $opened ->
        [one] { $opened } ticket
       *[other] { $opened } tickets
    } ce trimestre.
brief-health-steady = Aucune composante n’a bougé depuis le { $date }.
brief-health-no-comparison = Pas de comparaison : la santé d’il y a un trimestre n’a pas de données.

brief-points-heading = Points à aborder
brief-points-none = Aucun point à aborder : aucune des règles du pied de page ne s’applique à ce compte.
brief-someone = Un contact
brief-point-renewal = Renouvellement dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $date }) avec une santé de { $health } : demander ce qui les empêche de renouveler.
brief-point-detractor =
    { $who } a donné un NPS de { $score } le { $date }{ $commented ->
        [yes] {" "}: « { $comment } »
       *[no] .
    }
brief-point-health = La santé est tombée de { $from } à { $to } depuis le { $date } : découvrir ce qui a changé pour eux.
brief-point-shelfware = { $seats ->
        [one] { $seats } licence payée est inutilisée
       *[other] { $seats } licences payées sont inutilisées
    }, soit { $value } ({ $share } de l’ARR) : planifier l’adoption avant de parler du renouvellement.
brief-point-goal = « { $goal } » a atteint sa cible le { $date } ({ $actual } pour une cible de { $target }) : le célébrer avec eux.

brief-changed-heading = Ce qui a changé depuis le { $date }
brief-changed-tickets =
    { $opened ->
        [0] Aucun ticket ouvert
        [one] { $opened } ticket ouvert
       *[other] { $opened } tickets ouverts
    }{ $escalated ->
        [0] {""}
        [one] , { $escalated } escaladé
       *[other] , { $escalated } escaladés
    }
brief-changed-nps =
    { $responses ->
        [one] { $responses } réponse NPS
       *[other] { $responses } réponses NPS
    } : NPS { $score }, { $detractors ->
        [one] { $detractors } détracteur
       *[other] { $detractors } détracteurs
    }
brief-changed-no-nps = Aucune réponse NPS
brief-changed-quote = { $who } ({ $score }) : « { $comment } »
brief-changed-arr = ARR { $from } → { $to } en { $month }
brief-changed-seats = Licences achetées { $from } → { $to }
brief-changed-late = Jalon désormais en retard : { $title } (prévu le { $date })
brief-changed-done = Jalon terminé : { $title } ({ $date })
brief-changed-measured = { $goal } : { $value } le { $date }

brief-severity =
    { $severity ->
        [critical] Critique
        [high] Haute
        [normal] Normale
        [low] Basse
       *[other] { $name }
    }
brief-tickets-heading = Tickets ouverts ({ $count })
brief-ticket = { $severity } · { $id } · ouvert depuis { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }{ $escalated ->
        [yes] {" "}· escaladé
       *[no] {""}
    }
brief-tickets-none = Aucun ticket ouvert.
brief-late-heading = Jalons en retard ({ $count })
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] le client
            [vendor] nous
           *[other] sans responsable
        }
    } · prévu le { $date } ({ $days ->
        [one] { $days } jour de retard
       *[other] { $days } jours de retard
    })
brief-late-none = Aucun jalon en retard.
brief-off-track-heading = Objectifs hors trajectoire ({ $count })
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] {" "}d’ici le { $date }
       *[no] {""}
    }
brief-off-track-none = Aucun objectif hors trajectoire.
brief-goals-none = Aucun objectif enregistré.

brief-people-heading = Qui est qui ({ $count })
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· désabonné : ne pas écrire
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = Aucun contact enregistré.

brief-and-more = et { $count } de plus

brief-rules = Points à aborder, un par règle : renouvellement dans { $days } jours au plus avec une santé inférieure à { $health } ; un détracteur (NPS de { $detractor } ou moins) depuis le { $since } ; santé en baisse de { $drop } points ou plus en un trimestre ; licences inutilisées valant plus de { $share } de l’ARR ; un objectif qui a atteint sa cible depuis le { $since }. La santé est le score de la revue de valeur ; les données n’enregistrent aucun suivi des détracteurs.

ui-brief-out-of = sur 100
ui-brief-open-heading = Ce qui reste ouvert
