## De waardereview als PowerPoint-presentatie (`recap review --format pptx`).

deck-appendix-heading = Bijlage: over de gegevens
deck-series-active = Actieve gebruikers
deck-series-seats = Gekochte licenties
