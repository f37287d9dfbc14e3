## La revisione del valore come presentazione PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Appendice: sui dati
deck-series-active = Utenti attivi
deck-series-seats = Licenze acquistate

deck-ask-value = Quale di questi risultati conta di più per la vostra direzione e come lo comunicate internamente?
deck-ask-goals = Sono ancora questi gli obiettivi e i target giusti per il prossimo periodo?
deck-ask-adoption = Quali team dovrebbero usare il prodotto e non lo fanno ancora?
deck-ask-features = Quali funzionalità farebbero risparmiare più tempo al vostro team se più persone le usassero?
deck-ask-plan = Che cosa ci aiuterebbe a completare in tempo le milestone ancora aperte?
deck-ask-support = Come ha vissuto il vostro team l'assistenza in questo periodo?
deck-ask-next = Su quali di queste proposte ci impegniamo insieme oggi?
