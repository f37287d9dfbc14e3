## La revue de valeur en présentation PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Annexe : à propos des données
deck-series-active = Utilisateurs actifs
deck-series-seats = Licences achetées

deck-ask-value = Lequel de ces résultats compte le plus pour votre direction, et comment le présentez-vous en interne ?
deck-ask-goals = Ces objectifs et ces cibles sont-ils toujours les bons pour la prochaine période ?
deck-ask-adoption = Quelles équipes devraient utiliser le produit et ne le font pas encore ?
deck-ask-features = Quelles fonctionnalités feraient gagner le plus de temps à votre équipe si davantage de personnes les utilisaient ?
deck-ask-plan = Qu’est-ce qui nous aiderait à terminer à temps les jalons encore ouverts ?
deck-ask-support = Comment votre équipe a-t-elle vécu le support pendant cette période ?
deck-ask-next = Sur lesquelles de ces propositions nous engageons-nous ensemble aujourd’hui ?
