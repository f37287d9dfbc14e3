## La revue de valeur, Réaliser : licences, licences inutilisées, utilisateurs actifs et
## fonctionnalités. $month est le mois auquel les licences sont comptées (« septembre 2026 »).

adoption-nothing = Aucune licence ni aucune utilisation du produit n’est enregistrée pour ce compte.

# Des licences ont été achetées mais aucune utilisation n’a été enregistrée. $seats est un nombre.
adoption-no-usage =
    { $seats ->
        [one] { $seats } licence achetée
       *[other] { $seats } licences achetées
    }, mais aucune utilisation enregistrée en { $month } : le taux d’utilisation des licences ne peut donc pas être affiché.

# Des personnes ont utilisé le produit, mais aucune licence n’est enregistrée. $active est un nombre.
adoption-no-seats =
    { $active ->
        [one] { $active } personne était active
       *[other] { $active } personnes étaient actives
    } en { $month }, mais aucune licence achetée n’est enregistrée : le taux d’utilisation ne peut donc pas être calculé.

# Plus de personnes actives que de licences achetées. $active et $seats sont des nombres formatés.
adoption-over = En { $month }, { $active } personnes ont été actives pour { $seats } licences achetées : plus d’utilisateurs que de licences.

# $active licences sur $seats (nombres formatés) étaient actives ; $utilization est un pourcentage.
adoption-used = En { $month }, { $active } des { $seats } licences achetées étaient utilisées ({ $utilization }).

# Toutes les licences sont utilisées, et $extra personnes de plus que de licences étaient actives.
shelfware-none-over = Toutes les licences achetées sont utilisées, avec { $extra } utilisateurs actifs de plus que de licences.
shelfware-none = Toutes les licences achetées sont utilisées : aucune licence inutilisée.
# $seats licences inutilisées (un nombre), d’une valeur de $value par an.
shelfware-valued =
    { $seats ->
        [one] { $seats } licence est inutilisée
       *[other] { $seats } licences sont inutilisées
    } (shelfware), soit { $value } par an au prix unitaire actuel.
shelfware-unpriced =
    { $seats ->
        [one] { $seats } licence est inutilisée
       *[other] { $seats } licences sont inutilisées
    } (shelfware) ; aucun revenu récurrent n’est enregistré pour les valoriser.

# Les utilisateurs actifs, du premier mois avec utilisation ($first, $from personnes) au
# dernier ($last, $to personnes). $way : rose, fell ou held.
adoption-trend =
    { $way ->
        [rose] Le nombre d’utilisateurs actifs a augmenté, passant de { $from } en { $first } à { $to } en { $last }.
        [fell] Le nombre d’utilisateurs actifs a diminué, passant de { $from } en { $first } à { $to } en { $last }.
       *[held] Le nombre d’utilisateurs actifs est resté stable à { $from } entre { $first } et { $last }.
    }

# Le texte alternatif du graphique d’adoption. $users est adoption-trend ; $same vaut yes quand
# le nombre de licences achetées est resté à $to, sinon il est passé de $from à $to.
adoption-chart-alt =
    Graphique linéaire des utilisateurs actifs et des licences achetées par mois, { $first } – { $last }. { $users } { $same ->
        [yes] Le nombre de licences achetées est resté à { $to }.
       *[no] Le nombre de licences achetées est passé de { $from } à { $to }.
    }

# Pourquoi il n’y a pas de graphique d’adoption. $why : no-usage ou one-month.
adoption-chart-missing =
    { $why ->
        [no-usage] Aucune donnée d’utilisation sur les douze derniers mois : pas de graphique d’adoption.
       *[one-month] L’utilisation n’a été enregistrée que sur un seul mois, ce qui ne constitue pas encore une tendance : pas de graphique d’adoption.
    }

## Fonctionnalités. Les noms des fonctionnalités sont ceux du produit, tirés des données.

features-none = Aucune utilisation des fonctionnalités n’a été enregistrée en { $month }.

# La fonctionnalité la plus utilisée ($top, $top_users personnes, $share des utilisateurs
# actifs quand $shared vaut yes) et la moins utilisée ($low, $low_users personnes).
features-top =
    La fonctionnalité la plus utilisée est { $top } ({ $top_users ->
        [one] { $top_users } utilisateur
       *[other] { $top_users } utilisateurs
    }{ $shared ->
        [yes] , soit { $share } des utilisateurs actifs
       *[no] {""}
    }) ; la moins utilisée est { $low }, avec { $low_users ->
        [one] { $low_users } utilisateur
       *[other] { $low_users } utilisateurs
    }.

features-only =
    Seule la fonctionnalité { $top } a été utilisée en { $month }, par { $top_users ->
        [one] { $top_users } utilisateur
       *[other] { $top_users } utilisateurs
    }.

# Le texte alternatif du graphique des fonctionnalités. $bars énumère « fonctionnalité
# utilisateurs ; … » ; $more fonctionnalités ne sont pas affichées.
features-chart-alt =
    Diagramme en barres des utilisateurs actifs par fonctionnalité en { $month } : { $bars }{ $more ->
        [0] {""}
       *[other] {" "}({ $more ->
            [one] { $more } autre non affichée
           *[other] { $more } autres non affichées
        })
    }.

# Après le nombre de licences inutilisées, en petits caractères : « 40 licences inutilisées ».
shelfware-unit =
    { $count ->
        [one] licence inutilisée
       *[other] licences inutilisées
    }

# Sous le graphique des fonctionnalités, quand certaines n’y figurent pas.
features-more =
    { $count ->
        [one] { $count } autre fonctionnalité non affichée.
       *[other] { $count } autres fonctionnalités non affichées.
    }
