### Die Überschriften und Beschriftungen, die die Review-Vorlagen selbst drucken
### (templates/review.typ für das PDF, templates/review.html.tera für die HTML-Seite); Sätze
### und Zahlen kommen mit den Daten. Jede `ui-`-Nachricht ist in den Vorlagen
### `labels.<id ohne ui-, - als _>`: `ui-goals-heading` ist `labels.goals_heading`.
###
### Variablen, alle bereits für die Sprache formatiert:
###   $period    der Zeitraum des Reviews („Q3 2026“)
###   $previous  der Zeitraum davor („Q2 2026“)
###   $next      der Zeitraum danach („Q4 2026“)
###   $month     der Monat, zu dem Lizenzen und Funktionen gezählt werden („September 2026“)
###   $renewal   das Verlängerungsdatum („30.09.2026“), leer, wenn es keines gibt
###   $account   der Name des Kunden
###   $company   der Name des Anbieters
###   $csm       der Name des Customer Success Managers oder leer

## Deckblatt und Kopf-/Fußzeilen

# Neben dem Namen oder Logo des Anbieters, oben auf Seite 1.
ui-document-type = Executive Value Review
# Über dem Namen des Kunden auf Seite 1; auch in der Fußzeile, nach dem Namen des Anbieters.
ui-review-period = Value Review · { $period }
# In der Deckblattzeile, nur wenn der Vertrag ein Verlängerungsdatum hat.
ui-cover-renews = Verlängerung am { $renewal }
# In der Fußzeile der HTML-Seite, vor der ID des Accounts: „Account ACME-001“.
ui-footer-account = Account

## Seite 1: Zusammenfassung

# Überschrift der Zusammenfassung auf Seite 1 (HTML-Seite; das PDF hat keine).
ui-summary-heading = Zusammenfassung
# Über den Ergebnissen der Ziele in den eigenen Einheiten des Kunden; auch groß gezeigt, wenn
# kein Ziel einen vereinbarten Geldwert hat.
ui-own-measures = In eigenen Kennzahlen
ui-next-summary-heading = Vorschlag für { $next }
ui-health-strip-heading = Health Score nach Komponenten
# Vor dem Anteil einer Health-Komponente am Score: „Gewichtung 30 %“.
ui-health-weight = Gewichtung
# Ein Wert, der nicht gemessen werden konnte (Health-Komponenten).
ui-no-data = keine Daten
ui-notes-heading = Hinweise zu den Daten
# Folie 2 der Präsentation.
ui-glance-eyebrow = Auf einen Blick
ui-glance-heading = Wo wir nach { $period } stehen

## Dachzeilen der Abschnitte: die Kapitälchen über der Überschrift jedes Teils

ui-define-eyebrow = Zielsetzung
ui-deliver-eyebrow = Umsetzung
ui-sentiment-eyebrow = Support und Kundenstimmung
ui-demonstrate-next-eyebrow = Nachweis und Ausblick
# Die Folien der Präsentation teilen „Nachweis und Ausblick“ in zwei.
ui-demonstrate-eyebrow = Nachweis
ui-next-eyebrow = Ausblick

## Tabellenspalten

ui-column-goal = Ziel
ui-column-baseline = Ausgangswert
ui-column-target = Zielwert
ui-column-now = Aktuell
ui-column-progress = Fortschritt
ui-column-status = Status
ui-column-stakeholder = Stakeholder
# Die Kennzahl vorher und jetzt: „20 h → 14 h“.
ui-column-measure = Basis → aktuell
ui-column-change = Veränderung
ui-column-value = Wert
# Die Zeile mit der Geldsumme, auf kleinen Bildschirmen.
ui-column-total = Gesamt

## Zielsetzung: Ziele je Stakeholder

ui-goals-heading = Ziele je Stakeholder
# In der Fortschrittsspalte eines Ziels ohne Messwert.
ui-goal-not-measured = nicht gemessen
# Vor dem Zieldatum eines Ziels: „fällig am 30.09.2026“.
ui-goal-due = fällig am

## Umsetzung: Nutzung und Success-Plan

# Die Überschrift des PDFs für das Lizenzdiagramm.
ui-adoption-heading = Nutzung
# Die Überschrift der HTML-Seite für den ganzen Teil.
ui-deliver-heading = Nutzung und Success-Plan
ui-features-heading = Nutzung der Funktionen im { $month }
# Bezahlte, aber ungenutzte Lizenzen.
ui-shelfware-heading = Shelfware
# Nach den jährlichen Kosten der ungenutzten Lizenzen: „4.800 € pro Jahr“.
ui-shelfware-per-year = pro Jahr
# Vor dem Anteil der genutzten Lizenzen: „Genutzte Lizenzen: 62 %“.
ui-seats-in-use = Genutzte Lizenzen:
ui-plan-heading = Success-Plan

## Support und Kundenstimmung

ui-sentiment-heading = Der Service aus Kundensicht
ui-support-heading = Support
# Unter den Zahlen zu den Support-Tickets des Zeitraums.
ui-support-opened = eröffnet
ui-support-escalated = eskaliert
ui-support-critical = kritisch
# Unter der durchschnittlichen Zufriedenheitsbewertung der Tickets („4,6 / 5“).
ui-support-rating = Ticketbewertung
ui-nps-heading = Net Promoter Score
# Unter dem Wert dieses Zeitraums und des vorherigen.
ui-nps-this-period = NPS, { $period }
ui-nps-previous-period = NPS, { $previous }
# Unter der Zahl der Umfrageantworten.
ui-nps-responses = Antworten
# Kommentare aus der Umfrage, zitiert.
ui-comments-heading = Kundenstimmen
# Die Anführungszeichen um einen Kommentar.
ui-quote-open = „
ui-quote-close = “

## Nachweis und Ausblick

ui-demonstrate-heading = Was es wert war – und wie es weitergeht
ui-value-heading = Erzielter Wert
# Die letzte Zeile der Werttabelle, vor der Geldsumme.
ui-value-total = Summe mit vereinbartem Geldwert
ui-health-heading = Health Score
ui-next-heading = Vorgeschlagene Ziele für { $next }
# Vor dem letzten Messwert eines vorgeschlagenen Ziels: „aktuell 62 %“.
ui-next-now = aktuell

# Between a label and its value where a narrow screen shows them on one line ("Target: 91%").
ui-label-separator = {": "}
