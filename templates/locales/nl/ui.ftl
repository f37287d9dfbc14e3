### The headings and labels the review templates print themselves (templates/review.typ for
### the PDF, templates/review.html.tera for the HTML page); sentences and figures come with
### the data. Each `ui-` message is `labels.<id without ui-, - as _>` in the templates:
### `ui-goals-heading` is `labels.goals_heading`.
###
### Variables, all text already formatted for the language:
###   $period    the review's period ("Q3 2026")
###   $previous  the period before it ("Q2 2026")
###   $next      the period after it ("Q4 2026")
###   $month     the month seats and features are counted at ("september 2026")
###   $renewal   the renewal date ("30 sep 2026"), empty when there is none
###   $account   the customer's name
###   $company   the vendor's name
###   $csm       the customer success manager's name, or empty

## Cover and running lines

# Next to the vendor's name or logo, at the top of page 1.
ui-document-type = Waardereview voor de directie
# Above the customer's name on page 1; also in the page footer, after the vendor's name.
ui-review-period = Waardereview · { $period }
# In the cover line, only when the contract has a renewal date.
ui-cover-renews = Verlenging per { $renewal }
# In the HTML page's footer, before the account's id: "Klant ACME-001".
ui-footer-account = Klant

## Page 1: summary

# Heading of page 1's summary (the HTML page; the PDF has none).
ui-summary-heading = Samenvatting
# Above the goals' results in the customer's own units; also shown large when no goal has
# an agreed money value.
ui-own-measures = In eigen meeteenheden
ui-next-summary-heading = Voorstel voor { $next }
ui-health-strip-heading = Gezondheid per onderdeel
# Before a health component's share of the score: "weging 30%".
ui-health-weight = weging
# A figure that could not be measured (health components).
ui-no-data = geen gegevens
ui-notes-heading = Over de gegevens
# Slide 2 of the deck.
ui-glance-eyebrow = In één oogopslag
ui-glance-heading = Waar we staan na { $period }

## Section eyebrows: the small capitals above each part's heading

ui-define-eyebrow = Bepalen
ui-deliver-eyebrow = Leveren
ui-sentiment-eyebrow = Support en sentiment
ui-demonstrate-next-eyebrow = Aantonen en vervolg
# The deck's slides split "Aantonen en vervolg" in two.
ui-demonstrate-eyebrow = Aantonen
ui-next-eyebrow = Vervolg

## Table columns

ui-column-goal = Doel
ui-column-baseline = Nulmeting
ui-column-target = Streefwaarde
ui-column-now = Nu
ui-column-progress = Voortgang
ui-column-status = Status
ui-column-stakeholder = Stakeholder
# The measure before and now: "20 h → 14 h".
ui-column-measure = Nulmeting → nu
ui-column-change = Verschil
ui-column-value = Waarde
# The money total's row, on small screens.
ui-column-total = Totaal

## Define: goals per stakeholder

ui-goals-heading = Doelen per stakeholder
# In the progress column of a goal without a measurement.
ui-goal-not-measured = niet gemeten
# Before a goal's target date: "uiterlijk 30 sep 2026".
ui-goal-due = uiterlijk

## Deliver: adoption and the success plan

# The PDF's heading for the seats chart.
ui-adoption-heading = Adoptie
# The HTML page's heading for the whole part.
ui-deliver-heading = Adoptie en succesplan
ui-features-heading = Functiegebruik in { $month }
# Seats paid for and not used.
ui-shelfware-heading = Shelfware
# After the yearly cost of the unused seats: "€ 4.800 per jaar".
ui-shelfware-per-year = per jaar
# Before the share of seats in use: "Licenties in gebruik: 62%".
ui-seats-in-use = Licenties in gebruik:
ui-plan-heading = Succesplan

## Support and sentiment

ui-sentiment-heading = Hoe de dienstverlening werd ervaren
ui-support-heading = Support
# Under the figures of the support tickets of the period.
ui-support-opened = geopend
ui-support-escalated = geëscaleerd
ui-support-critical = kritiek
# Under the tickets' average satisfaction rating ("4,6 / 5").
ui-support-rating = ticketbeoordeling
ui-nps-heading = Net Promoter Score
# Under the score of this period and of the one before.
ui-nps-this-period = NPS, { $period }
ui-nps-previous-period = NPS, { $previous }
# Under the number of survey responses.
ui-nps-responses = reacties
# Survey comments, quoted.
ui-comments-heading = In hun eigen woorden
# The quotation marks around a comment.
ui-quote-open = “
ui-quote-close = ”

## Demonstrate and next

ui-demonstrate-heading = Wat het opleverde en wat er volgt
ui-value-heading = Geleverde waarde
# The last row of the value table, before the money total.
ui-value-total = Totaal met afgesproken waarde in geld
ui-health-heading = Gezondheid
ui-next-heading = Voorgestelde doelen voor { $next }
# Before a proposed goal's latest measurement: "nu 62%".
ui-next-now = nu

# Between a label and its value where a narrow screen shows them on one line ("Target: 91%").
ui-label-separator = {": "}
