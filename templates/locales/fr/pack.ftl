## Le rapport de direction mensuel (templates/pack.typ, templates/pack.html.tera et son e-mail,
## templates/pack-mail.*.tera). Les chiffres arrivent formatés pour la langue. Des mots simples et
## exacts : les dirigeants remettent chaque chiffre en question, chacun dit donc sur quoi il porte.
##
## Variables des libellés `ui-pack-` : $month (le mois du rapport, « septembre 2026 »), $company.

## Couverture

# Le titre du document. $month vaut « septembre 2026 ».
pack-title = Rapport de direction · { $month }
# Sous le titre : les clients couverts par le rapport.
pack-scope-all = Tous les clients
# $dimension vaut « CSM », « Segment » ou « Région » ; $group est sa valeur.
pack-scope-group = { $dimension } : { $group }

ui-pack-success = Succès client
ui-pack-success-note = Les clients obtiennent-ils de la valeur ? Indicateurs avancés.
ui-pack-business = L’activité
ui-pack-business-note = Ce qu’elle vaut. Indicateurs retardés.
ui-pack-warnings = À lire d’abord
ui-pack-progress = Progression des objectifs, tous les objectifs mesurés
ui-pack-stages = Le parcours client
ui-pack-stages-note = L’indicateur de chaque étape et son responsable.
ui-pack-hot = Écarts notables
ui-pack-hot-called = Groupes qui s’écartent du reste au-delà du hasard
ui-pack-hot-none = Ce mois-ci, aucun groupe ne s’écarte du reste du portefeuille au-delà du hasard.
ui-pack-hot-table = Tous les groupes
ui-pack-hot-table-note = Gris : trop peu de réponses ou de comptes pour conclure. ▲ au-dessus du reste, ▼ en dessous, au-delà du hasard.
ui-pack-funnel = Diagrammes en entonnoir
ui-pack-funnel-note = Chaque point est un groupe : sa valeur selon sa taille. À l’intérieur de l’entonnoir (limites à 95 % et 99,8 % autour du portefeuille), l’écart d’un groupe relève du hasard.
ui-pack-group = Groupe
ui-pack-movement = Mouvements
ui-pack-trends = Tendances sur 12 mois
ui-pack-method = Méthodologie
ui-pack-definitions = Définitions
ui-pack-freshness = Dernières données par table
ui-pack-checks = Contrôles des données du mois
ui-pack-checks-none = recap check n’a relevé aucun problème.
ui-pack-rates = Taux de change (à taux constants)
ui-pack-page = Page
ui-pack-open-review = Ouvrir la revue de valeur

## Chiffres

# Le chiffre quand il n’y a rien pour le calculer. Jamais « 0 ».
pack-no-data = Pas de données
# Un nombre de jours.
pack-days =
    { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
# L’évolution par rapport au mois précédent. $change est signé (« +2 pts », « −40 000 € ») ;
# $month est le nom du mois précédent.
pack-change = { $change } vs { $month }
pack-change-same = stable vs { $month }
pack-change-none = pas de chiffre pour { $month }
# Une courbe miniature en mots, pour les lecteurs d’écran.
pack-spark-alt = { $metric } sur 12 mois : de { $first } à { $last }, minimum { $low }, maximum { $high }.

pack-metric-achieving_value = Clients obtenant de la valeur
pack-metric-value_generated = Valeur générée
pack-metric-time_to_value = Time to value (médiane)
pack-metric-goal_progress = Progression moy. des objectifs
pack-metric-seat_utilization = Taux d’utilisation des licences
pack-metric-csat = CSAT (notes 4–5)
pack-metric-escalations = Escalades
pack-metric-nps = NPS, 12 mois
pack-metric-arr = ARR
pack-metric-nrr = Rétention nette du CA (NRR)
pack-metric-grr = Rétention brute du CA (GRR)
pack-metric-logo_churn = Attrition clients (logos)
pack-metric-customers = Clients
pack-metric-renewals_due = Renouvellements à 90 jours

# Ce sur quoi porte chaque chiffre ($n clients, réponses, …).
pack-n-achieving_value = n = { $n } clients avec un objectif mesuré
pack-n-value_generated = n = { $n } clients avec un objectif valorisé
pack-n-time_to_value = n = { $n } clients ayant atteint un objectif
pack-n-goal_progress = n = { $n } objectifs mesurés
pack-n-seat_utilization = n = { $n } clients avec licences et utilisation
pack-n-csat = n = { $n } notes ce mois-ci
pack-n-escalations = sur { $n } tickets ouverts ce mois-ci
pack-n-nps = n = { $n } réponses
pack-n-arr = n = { $n } clients
pack-n-nrr = n = { $n } clients il y a un an
pack-n-grr = n = { $n } clients il y a un an
pack-n-logo_churn = n = { $n } clients il y a un an
pack-n-customers = avec un ARR en fin de mois
pack-n-renewals_due = sur { $n } clients

# Tranches de progression des objectifs.
pack-bucket-0 = moins de 25 %
pack-bucket-1 = 25–50 %
pack-bucket-2 = 50–75 %
pack-bucket-3 = 75–99 %
pack-bucket-4 = atteint

## Avertissements en page 1

# $table n’a aucune ligne dans le mois du rapport ; $last est sa date la plus récente.
pack-warning-stale = { $table } ne contient aucune donnée après le { $last } : ses chiffres du mois sont manquants ou obsolètes.
# $table n’a aucune ligne.
pack-warning-empty = { $table } ne contient aucune donnée : ses chiffres sont manquants.
pack-warning-unconverted = { $count ->
        [one] { $count } compte est facturé dans une devise sans taux de change ({ $currencies }) et est exclu de tous les montants.
       *[other] { $count } comptes sont facturés dans des devises sans taux de change ({ $currencies }) et sont exclus de tous les montants.
    }

## Étapes du parcours client

pack-stage-onboarding = Onboarding
pack-stage-adoption = Adoption
pack-stage-value = Valeur
pack-stage-renewal = Renouvellement
pack-stage-owner = Responsable : { $owner }

## Écarts notables

pack-dimension-segment = Segment
pack-dimension-touch_model = Modèle d’accompagnement
pack-dimension-region = Région
pack-dimension-industry = Secteur
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = Valeur obtenue
pack-hot-health = Santé
# Un groupe signalé. $value et $rest sont le chiffre du groupe et celui du reste ; $n réponses ou comptes.
pack-hot-line-hot = { $dimension } { $group } : { $metric } { $value }, au-dessus du reste du portefeuille ({ $rest }) ; n = { $n }.
pack-hot-line-cold = { $dimension } { $group } : { $metric } { $value }, en dessous du reste du portefeuille ({ $rest }) ; n = { $n }.
# Sous la liste. $tested comparaisons, $called signalés, $fdr le taux de fausses découvertes,
# $min la taille minimale d’un groupe.
pack-hot-note = { $tested } groupes comparés au reste du portefeuille, { $called } signalés avec un taux de fausses découvertes de { $fdr } ; les groupes de moins de { $min } réponses ou comptes ne sont pas évalués.
pack-funnel-alt = Diagramme en entonnoir de { $metric } : { $groups } groupes selon leur taille, dont { $outside } hors des limites du hasard.

## Mouvements

pack-move-health-drops = Plus fortes baisses de santé
pack-move-health-drops-none = Ce mois-ci, la santé d’aucun client n’a baissé.
pack-move-health-figure = −{ $points }
pack-move-health-now = santé actuelle { $health }
pack-move-at-risk = Renouvellements à risque (santé inférieure à 40, renouvellement sous 90 jours)
pack-move-at-risk-none = Aucun renouvellement des 90 prochains jours n’est à risque.
pack-move-at-risk-detail = santé { $health } · ARR { $arr }
pack-move-expansions = Plus fortes expansions
pack-move-expansions-none = Ce mois-ci, l’ARR d’aucun client n’a augmenté.
pack-move-contractions = Plus fortes contractions et pertes de clients
pack-move-contractions-none = Ce mois-ci, l’ARR d’aucun client n’a baissé.
pack-move-arr-now = ARR actuel { $arr }
pack-move-churned = client perdu
pack-move-detractors = Détracteurs à recontacter
pack-move-detractors-none = Aucune réponse de détracteur ce mois-ci.
pack-move-score = note { $score }
pack-move-more = et { $count } autres

## Page Méthodologie

pack-define-achieving_value = Clients ayant au moins un objectif dont une mesure des 12 derniers mois atteint ou dépasse sa cible, rapportés aux clients ayant un objectif mesuré (un objectif avec une mesure et une cible différente de sa valeur de référence). Les clients sont les comptes dont l’ARR est supérieur à 0 en fin de mois.
pack-define-value_generated = Somme, sur l’ensemble des clients, de l’amélioration de chaque objectif entre sa valeur de référence et sa dernière mesure, multipliée par la valeur monétaire d’une unité convenue avec le client, en { $currency } aux taux fixes ci-dessous.
pack-define-time_to_value = Médiane, sur l’ensemble des clients, du nombre de jours entre le début du contrat et la première mesure d’un objectif, quel qu’il soit, à sa cible.
pack-define-goal_progress = Moyenne de (dernière mesure − référence) ÷ (cible − référence) sur les objectifs mesurés, chaque valeur étant bornée entre 0 % et 100 %.
pack-define-seat_utilization = Utilisateurs actifs (par produit, le nombre d’utilisateurs de la fonctionnalité la plus utilisée dans le mois) rapportés aux licences achetées sur les contrats actifs en fin de mois, chacun étant additionné sur les clients disposant des deux.
pack-define-csat = Part des tickets de support ouverts dans le mois et notés de 1 à 5 qui ont reçu la note 4 ou 5.
pack-define-escalations = Tickets de support ouverts dans le mois et escaladés.
pack-define-nps = % de promoteurs (9–10) − % de détracteurs (0–6) sur les réponses des 12 derniers mois.
pack-define-arr = Revenu récurrent en fin de mois, en { $currency } aux taux fixes ci-dessous.
pack-define-nrr = De date à date, sur 12 mois glissants : pour la cohorte des clients dont l’ARR était supérieur à 0 douze mois avant la fin du mois, leur ARR actuel rapporté à leur ARR d’alors. Les nouveaux clients sont hors cohorte.
pack-define-grr = Comme la rétention nette du CA, mais avec l’ARR actuel de chaque client plafonné à son ARR d’alors.
pack-define-logo_churn = Part de la cohorte de rétention qui n’a plus d’ARR aujourd’hui.
pack-define-customers = Comptes dont l’ARR est supérieur à 0 en fin de mois.
pack-define-renewals_due = Clients dont la date de renouvellement tombe dans les 90 jours suivant la fin du mois.
pack-define-hot-spots-term = Écarts notables
pack-define-hot-spots = Chaque groupe est comparé au reste du portefeuille, et non à un total qui l’inclut. NPS : moyenne de +1/0/−1 avec sa variance trinomiale (p promoteurs + p détracteurs − (p promoteurs − p détracteurs)²) ; CSAT et valeur obtenue : test du score pour deux proportions, avec l’intervalle de Wilson du groupe ; santé : test de Welch de comparaison de moyennes. NPS et CSAT portent sur les 12 derniers mois. Un groupe n’est signalé au-dessus ou en dessous du reste que si la procédure de Benjamini-Hochberg maintient le taux de fausses découvertes à { $fdr } sur l’ensemble des comparaisons du rapport. Les groupes de moins de { $min } réponses (NPS, CSAT) ou comptes (valeur obtenue, santé) apparaissent en gris et ne sont jamais signalés.
pack-define-currency-term = Devises
pack-define-currency = Les montants sont exprimés en { $currency } avec un même jeu de taux fixes aux deux bornes de chaque comparaison (à taux de change constants) : une variation de change n’apparaît donc jamais comme une expansion ou une perte de client. Un compte dont la devise n’a pas de taux est listé et exclu de tous les montants ; il n’est jamais additionné sans conversion.
pack-define-renewal-term = Renouvellements à risque
pack-define-renewal = Clients dont le score de santé est inférieur à 40 et dont la date de renouvellement tombe dans les 90 jours suivant la fin du mois.
# Un taux de change. $source est sa provenance (recap.toml, fx_rates ou « same currency »).
pack-rate = 1 { $code } = { $rate } { $currency } ({ $source })
pack-unconverted-list = Exclus des montants, faute de taux de change ({ $count }) : { $names }.

## L’e-mail qui accompagne le rapport

# $title est le titre du rapport, $scope les clients qu’il couvre.
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = Vous trouverez ci-joint le rapport de direction du mois au format PDF. Les chiffres clés :
ui-pack-mail-footer = Envoyé par recap pour { $company }. Chaque chiffre est défini dans la page Méthodologie du rapport.

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] Aucun renouvellement des 90 prochains jours n’est à risque.
        [one] 1 renouvellement des 90 prochains jours est à risque (santé inférieure à 40) : { $arr } d’ARR.
       *[other] { $count } renouvellements des 90 prochains jours sont à risque (santé inférieure à 40) : { $arr } d’ARR.
    }
ui-pack-glance = Ce mois-ci

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = L’ARR et l’usage doivent couvrir le mois du rapport ; les tables d’événements (tickets, NPS, mesures d’objectifs, jalons) doivent en avoir un dans les trois derniers mois. Une table plus ancienne est signalée en page 1.

# Les contrôles des données de la page Méthodologie (`recap check`), un par type de constat ; $table est la table.
pack-check-orphan_rows = lignes dont l’account_id ne correspond à aucun compte : corriger la clé ou ajouter le compte
pack-check-unreadable_value = valeurs que recap ne peut pas lire (les dates doivent être au format YYYY-MM-DD)
pack-check-no_name = comptes sans nom
pack-check-no_goals = comptes sans objectif : rien pour mesurer la valeur obtenue
pack-check-no_contacts = comptes sans contact : personne à qui envoyer les documents
pack-check-goal_without_measurements = objectifs jamais mesurés : leur progression vaut « Pas de données »
pack-check-goal_target_equals_baseline = objectifs dont la cible est égale à la valeur de référence : la progression n’est pas définie
pack-check-stale_arr = comptes dont les données d’ARR s’arrêtent avant le mois du rapport
pack-check-stale_usage = comptes dont les données d’usage s’arrêtent avant le mois du rapport
pack-check-negative_arr = ARR négatif (saisir 0 après la perte du client)
pack-check-negative_seats = nombre négatif de licences achetées
pack-check-ends_before_start = lignes qui se terminent avant de commencer
pack-check-negative_usage = nombre négatif d’utilisateurs actifs ou d’événements
pack-check-nps_out_of_range = notes NPS hors de 0–10 (exclues du NPS)
pack-check-csat_out_of_range = notes CSAT hors de 1–5 (exclues du CSAT)
