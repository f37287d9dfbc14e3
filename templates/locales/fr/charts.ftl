## Les mots à l’intérieur des graphiques. Restez bref : ils figurent à côté des courbes.

# Au bout des courbes du graphique d’adoption : « 62 actifs », « 100 licences ».
chart-active =
    { $count ->
        [one] { $count } actif
       *[other] { $count } actifs
    }
chart-seats =
    { $count ->
        [one] { $count } licence
       *[other] { $count } licences
    }
# La légende du graphique du support.
chart-tickets-opened = Tickets ouverts
chart-tickets-escalated = Escaladés
# Une période sans réponse NPS sur le graphique du NPS.
chart-no-replies = aucune réponse
