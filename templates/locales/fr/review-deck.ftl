## La revue de valeur en présentation PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Annexe : à propos des données
deck-series-active = Utilisateurs actifs
deck-series-seats = Licences achetées
