## Textos dentro de los gráficos. Deben ser cortos: van junto a las líneas del gráfico.

# Al final de las líneas del gráfico de adopción: "62 activos", "100 licencias".
chart-active =
    { $count ->
        [one] { $count } activo
       *[other] { $count } activos
    }
chart-seats =
    { $count ->
        [one] { $count } licencia
       *[other] { $count } licencias
    }
# Leyenda del gráfico de soporte.
chart-tickets-opened = Tickets abiertos
chart-tickets-escalated = Escalados
# Un periodo sin respuestas de NPS en el gráfico de NPS.
chart-no-replies = sin respuestas
