## Words inside the charts. Keep them short: they sit on the chart beside its lines.

# At the end of the adoption chart's lines: "62 attivi", "100 licenze".
chart-active = { $count } attivi
chart-seats =
    { $count ->
        [one] { $count } licenza
       *[other] { $count } licenze
    }
# The support chart's legend.
chart-tickets-opened = Ticket aperti
chart-tickets-escalated = Con escalation
# A period without NPS responses on the NPS chart.
chart-no-replies = nessuna risposta
