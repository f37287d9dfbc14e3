## Textos dentro dos gráficos. Mantenha-os curtos: ficam no gráfico, ao lado das linhas.

# No fim das linhas do gráfico de adoção: "62 ativos", "100 licenças".
chart-active =
    { $count ->
        [0] { $count } ativos
        [one] { $count } ativo
       *[other] { $count } ativos
    }
chart-seats =
    { $count ->
        [0] { $count } licenças
        [one] { $count } licença
       *[other] { $count } licenças
    }
# Legenda do gráfico de suporte.
chart-tickets-opened = Tickets abertos
chart-tickets-escalated = Escalados
# Um período sem respostas no gráfico de NPS.
chart-no-replies = sem respostas
