## De waardereview als PowerPoint-presentatie (`recap review --format pptx`).

deck-appendix-heading = Bijlage: over de gegevens
deck-series-active = Actieve gebruikers
deck-series-seats = Gekochte licenties

deck-ask-value = Welk van deze resultaten is voor uw directie het belangrijkst, en hoe rapporteert u het intern?
deck-ask-goals = Zijn dit nog de juiste doelen en streefwaarden voor de volgende periode?
deck-ask-adoption = Welke teams zouden het product moeten gebruiken en doen dat nog niet?
deck-ask-features = Welke functies zouden uw team de meeste tijd besparen als meer mensen ze gebruikten?
deck-ask-plan = Wat zou ons helpen de openstaande mijlpalen op tijd af te ronden?
deck-ask-support = Hoe heeft uw team de support in deze periode ervaren?
deck-ask-next = Aan welke van deze voorstellen verbinden we ons vandaag samen?
