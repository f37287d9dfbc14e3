## Wörter in den Diagrammen. Kurz halten: Sie stehen im Diagramm neben den Linien.

# Am Ende der Linien im Nutzungsdiagramm: „62 aktiv“, „100 Lizenzen“.
chart-active = { $count } aktiv
chart-seats =
    { $count ->
        [one] { $count } Lizenz
       *[other] { $count } Lizenzen
    }
# Die Legende des Support-Diagramms.
chart-tickets-opened = Eröffnete Tickets
chart-tickets-escalated = Eskaliert
# Ein Zeitraum ohne NPS-Antworten im NPS-Diagramm.
chart-no-replies = keine Antworten
