## Die Wertübersicht als PowerPoint-Präsentation (`recap review --format pptx`).

deck-appendix-heading = Anhang: zu den Daten
deck-series-active = Aktive Nutzer
deck-series-seats = Gekaufte Lizenzen
