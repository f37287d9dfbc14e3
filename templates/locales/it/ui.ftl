### The headings and labels the review templates print themselves (templates/review.typ for
### the PDF, templates/review.html.tera for the HTML page); sentences and figures come with
### the data. Each `ui-` message is `labels.<id without ui-, - as _>` in the templates:
### `ui-goals-heading` is `labels.goals_heading`.
###
### Variables, all text already formatted for the language:
###   $period    the review's period ("Q3 2026")
###   $previous  the period before it ("Q2 2026")
###   $next      the period after it ("Q4 2026")
###   $month     the month seats and features are counted at ("settembre 2026")
###   $renewal   the renewal date ("30 set 2026"), empty when there is none
###   $account   the customer's name
###   $company   the vendor's name
###   $csm       the customer success manager's name, or empty

## Cover and running lines

# Next to the vendor's name or logo, at the top of page 1.
ui-document-type = Rapporto executive sul valore
# Above the customer's name on page 1; also in the page footer, after the vendor's name.
ui-review-period = Rapporto sul valore · { $period }
# In the cover line, only when the contract has a renewal date.
ui-cover-renews = Rinnovo { $renewal }
# In the HTML page's footer, before the account's id: "Account ACME-001".
ui-footer-account = Account

## Page 1: summary

# Heading of page 1's summary (the HTML page; the PDF has none).
ui-summary-heading = Sintesi
# Above the goals' results in the customer's own units; also shown large when no goal has
# an agreed money value.
ui-own-measures = Nelle rispettive unità di misura
ui-next-summary-heading = Proposte per il periodo { $next }
ui-health-strip-heading = Salute, componente per componente
# Before a health component's share of the score: "peso 30%".
ui-health-weight = peso
# A figure that could not be measured (health components).
ui-no-data = nessun dato
ui-notes-heading = Note sui dati
# Slide 2 of the deck.
ui-glance-eyebrow = In sintesi
ui-glance-heading = Il punto sul periodo { $period }

## Section eyebrows: the small capitals above each part's heading

ui-define-eyebrow = Definizione
ui-deliver-eyebrow = Realizzazione
ui-sentiment-eyebrow = Supporto e soddisfazione
ui-demonstrate-next-eyebrow = Risultati e prossimi passi
# The deck's slides split "Risultati e prossimi passi" in two.
ui-demonstrate-eyebrow = Risultati
ui-next-eyebrow = Prossimi passi

## Table columns

ui-column-goal = Obiettivo
ui-column-baseline = Partenza
ui-column-target = Target
ui-column-now = Attuale
ui-column-progress = Avanzamento
ui-column-status = Stato
ui-column-stakeholder = Stakeholder
# The measure before and now: "20 h → 14 h".
ui-column-measure = Partenza → attuale
ui-column-change = Variazione
ui-column-value = Valore
# The money total's row, on small screens.
ui-column-total = Totale

## Define: goals per stakeholder

ui-goals-heading = Obiettivi per stakeholder
# In the progress column of a goal without a measurement.
ui-goal-not-measured = non misurato
# Before a goal's target date: "scadenza 30 set 2026".
ui-goal-due = scadenza

## Deliver: adoption and the success plan

# The PDF's heading for the seats chart.
ui-adoption-heading = Adozione
# The HTML page's heading for the whole part.
ui-deliver-heading = Adozione e success plan
ui-features-heading = Utilizzo delle funzionalità a { $month }
# Seats paid for and not used.
ui-shelfware-heading = Licenze inutilizzate
# After the yearly cost of the unused seats: "4.800 € all'anno".
ui-shelfware-per-year = all'anno
# Before the share of seats in use: "Licenze in uso: 62%".
ui-seats-in-use = Licenze in uso:
ui-plan-heading = Success plan

## Support and sentiment

ui-sentiment-heading = La percezione del servizio
ui-support-heading = Supporto
# Under the figures of the support tickets of the period.
ui-support-opened = ticket aperti
ui-support-escalated = con escalation
ui-support-critical = critici
# Under the tickets' average satisfaction rating ("4,6 / 5").
ui-support-rating = valutazione
ui-nps-heading = Net Promoter Score
# Under the score of this period and of the one before.
ui-nps-this-period = NPS, { $period }
ui-nps-previous-period = NPS, { $previous }
# Under the number of survey responses.
ui-nps-responses = risposte
# Survey comments, quoted.
ui-comments-heading = La voce del cliente
# The quotation marks around a comment (Italian caporali, no inner spaces).
ui-quote-open = «
ui-quote-close = »

## Demonstrate and next

ui-demonstrate-heading = Il valore generato e i prossimi passi
ui-value-heading = Valore generato
# The last row of the value table, before the money total.
ui-value-total = Totale con valore economico concordato
ui-health-heading = Salute dell'account
ui-next-heading = Obiettivi proposti per il periodo { $next }
# Before a proposed goal's latest measurement: "ora 62%".
ui-next-now = ora

# Between a label and its value where a narrow screen shows them on one line ("Target: 91%").
ui-label-separator = {": "}
