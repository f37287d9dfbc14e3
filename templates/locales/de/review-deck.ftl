## Die Wertübersicht als PowerPoint-Präsentation (`recap review --format pptx`).

deck-appendix-heading = Anhang: zu den Daten
deck-series-active = Aktive Nutzer
deck-series-seats = Gekaufte Lizenzen

deck-ask-value = Welches dieser Ergebnisse ist Ihrer Geschäftsleitung am wichtigsten, und wie berichten Sie es intern?
deck-ask-goals = Sind das für den nächsten Zeitraum noch die richtigen Ziele und Zielwerte?
deck-ask-adoption = Welche Teams sollten das Produkt nutzen und tun es noch nicht?
deck-ask-features = Welche Funktionen würden Ihrem Team am meisten Zeit sparen, wenn mehr Personen sie nutzten?
deck-ask-plan = Was würde uns helfen, die offenen Meilensteine rechtzeitig abzuschließen?
deck-ask-support = Wie hat Ihr Team den Support in diesem Zeitraum erlebt?
deck-ask-next = Auf welche dieser Vorschläge wollen wir uns heute gemeinsam festlegen?
