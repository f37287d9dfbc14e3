## Words inside the charts. Keep them short: they sit on the chart beside its lines.

# At the end of the adoption chart's lines: "62 actief", "100 licenties".
chart-active = { $count } actief
chart-seats =
    { $count ->
        [one] { $count } licentie
       *[other] { $count } licenties
    }
# The support chart's legend.
chart-tickets-opened = Geopende tickets
chart-tickets-escalated = Geëscaleerd
# A period without NPS responses on the NPS chart.
chart-no-replies = geen reacties
