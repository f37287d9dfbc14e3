## Words inside the charts. Keep them short: they sit on the chart beside its lines.

# At the end of the adoption chart's lines: "62 active", "100 seats".
chart-active = { $count } active
chart-seats =
    { $count ->
        [one] { $count } seat
       *[other] { $count } seats
    }
# The support chart's legend.
chart-tickets-opened = Tickets opened
chart-tickets-escalated = Escalated
# A period without NPS responses on the NPS chart.
chart-no-replies = no replies
