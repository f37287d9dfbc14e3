### Les titres et libellés que les modèles de la revue impriment eux-mêmes (templates/review.typ
### pour le PDF, templates/review.html.tera pour la page HTML) ; phrases et chiffres arrivent
### avec les données. Chaque message `ui-` correspond à `labels.<id sans ui-, - remplacé par _>`
### dans les modèles : `ui-goals-heading` devient `labels.goals_heading`.
###
### Variables, toutes déjà formatées pour la langue :
###   $period    la période de la revue (« T3 2026 »)
###   $previous  la période précédente (« T2 2026 »)
###   $next      la période suivante (« T4 2026 »)
###   $month     le mois auquel licences et fonctionnalités sont comptées (« septembre 2026 »)
###   $renewal   la date de renouvellement (« 30 sept. 2026 »), vide s’il n’y en a pas
###   $account   le nom du client
###   $company   le nom de l’éditeur
###   $csm       le nom du Customer Success Manager, ou vide

## Couverture et en-têtes / pieds de page

# À côté du nom ou du logo de l’éditeur, en haut de la page 1.
ui-document-type = Revue de valeur pour la direction
# Au-dessus du nom du client en page 1 ; aussi dans le pied de page, après le nom de l’éditeur.
ui-review-period = Revue de valeur · { $period }
# Dans la ligne de couverture, uniquement quand le contrat a une date de renouvellement.
ui-cover-renews = À renouveler le { $renewal }
# Dans le pied de la page HTML, avant l’identifiant du compte : « Compte ACME-001 ».
ui-footer-account = Compte

## Page 1 : synthèse

# Titre de la synthèse de la page 1 (page HTML ; le PDF n’en a pas).
ui-summary-heading = Synthèse
# Au-dessus des résultats des objectifs dans les unités du client ; aussi affiché en grand
# quand aucun objectif n’a de valeur monétaire convenue.
ui-own-measures = Dans leurs propres unités
ui-next-summary-heading = Propositions pour { $next }
ui-health-strip-heading = Santé, composante par composante
# Avant la part d’une composante dans le score de santé : « poids 30 % ».
ui-health-weight = poids
# Un chiffre qui n’a pas pu être mesuré (composantes de la santé).
ui-no-data = pas de données
ui-notes-heading = À propos des données
# Diapositive 2 de la présentation.
ui-glance-eyebrow = En bref
ui-glance-heading = Bilan { $period }

## Surtitres de section : les petites capitales au-dessus du titre de chaque partie

ui-define-eyebrow = Définir
ui-deliver-eyebrow = Réaliser
ui-sentiment-eyebrow = Support et satisfaction
ui-demonstrate-next-eyebrow = Démontrer et préparer la suite
# Les diapositives de la présentation scindent « Démontrer et préparer la suite » en deux.
ui-demonstrate-eyebrow = Démontrer
ui-next-eyebrow = La suite

## Colonnes des tableaux

ui-column-goal = Objectif
ui-column-baseline = Référence
ui-column-target = Cible
ui-column-now = Actuel
ui-column-progress = Progression
ui-column-status = Statut
ui-column-stakeholder = Partie prenante
# L’indicateur avant et maintenant : « 20 h → 14 h ».
ui-column-measure = Référence → actuel
ui-column-change = Évolution
ui-column-value = Valeur
# La ligne du total monétaire, sur petits écrans.
ui-column-total = Total

## Définir : les objectifs par partie prenante

ui-goals-heading = Objectifs par partie prenante
# Dans la colonne de progression d’un objectif sans mesure.
ui-goal-not-measured = non mesuré
# Avant la date cible d’un objectif : « échéance 30 sept. 2026 ».
ui-goal-due = échéance

## Réaliser : adoption et plan de succès

# Le titre du graphique des licences dans le PDF.
ui-adoption-heading = Adoption
# Le titre de toute la partie dans la page HTML.
ui-deliver-heading = Adoption et plan de succès
ui-features-heading = Adoption des fonctionnalités en { $month }
# Licences payées et non utilisées.
ui-shelfware-heading = Licences inutilisées
# Après le coût annuel des licences inutilisées : « 4 800 € par an ».
ui-shelfware-per-year = par an
# Avant la part des licences utilisées : « Licences utilisées : 62 % ».
ui-seats-in-use = Licences utilisées :
ui-plan-heading = Plan de succès

## Support et satisfaction

ui-sentiment-heading = La perception du service
ui-support-heading = Support
# Sous les chiffres des tickets de support de la période.
ui-support-opened = tickets ouverts
ui-support-escalated = escaladés
ui-support-critical = critiques
# Sous la note de satisfaction moyenne des tickets (« 4,6 / 5 »).
ui-support-rating = note client
ui-nps-heading = Net Promoter Score
# Sous le score de cette période et celui de la précédente.
ui-nps-this-period = NPS, { $period }
ui-nps-previous-period = NPS, { $previous }
# Sous le nombre de réponses à l’enquête.
ui-nps-responses = réponses
# Les commentaires de l’enquête, cités.
ui-comments-heading = Verbatims
# Les guillemets autour d’un commentaire.
ui-quote-open = «{"\u202F"}
ui-quote-close = {"\u202F"}»

## Démontrer et préparer la suite

ui-demonstrate-heading = La valeur apportée, et la suite
ui-value-heading = Valeur apportée
# La dernière ligne du tableau de valeur, avant le total monétaire.
ui-value-total = Total des objectifs à valeur monétaire convenue
ui-health-heading = Santé du compte
ui-next-heading = Objectifs proposés pour { $next }
# Avant la dernière mesure d’un objectif proposé : « actuellement 62 % ».
ui-next-now = actuellement

# Entre une étiquette et sa valeur sur un écran étroit (« Cible : 91 % »).
ui-label-separator = {" : "}
