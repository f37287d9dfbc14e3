## La revisione del valore come presentazione PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Appendice: sui dati
deck-series-active = Utenti attivi
deck-series-seats = Licenze acquistate
