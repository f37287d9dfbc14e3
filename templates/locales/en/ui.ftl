### The headings and labels the review templates print themselves (templates/review.typ for
### the PDF, templates/review.html.tera for the HTML page); sentences and figures come with
### the data. Each `ui-` message is `labels.<id without ui-, - as _>` in the templates:
### `ui-goals-heading` is `labels.goals_heading`.
###
### Variables, all text already formatted for the language:
###   $period    the review's period ("Q3 2026")
###   $previous  the period before it ("Q2 2026")
###   $next      the period after it ("Q4 2026")
###   $month     the month seats and features are counted at ("September 2026")
###   $renewal   the renewal date ("30 Sep 2026"), empty when there is none
###   $account   the customer's name
###   $company   the vendor's name
###   $csm       the customer success manager's name, or empty

## Cover and running lines

# Next to the vendor's name or logo, at the top of page 1.
ui-document-type = Executive value review
# Above the customer's name on page 1; also in the page footer, after the vendor's name.
ui-review-period = Value review · { $period }
# In the cover line, only when the contract has a renewal date.
ui-cover-renews = Renews { $renewal }
# In the HTML page's footer, before the account's id: "Account ACME-001".
ui-footer-account = Account

## Page 1: summary

# Heading of page 1's summary (the HTML page; the PDF has none).
ui-summary-heading = Summary
# Above the goals' results in the customer's own units; also shown large when no goal has
# an agreed money value.
ui-own-measures = In their own measures
ui-next-summary-heading = Proposed for { $next }
ui-health-strip-heading = Health, component by component
# Before a health component's share of the score: "weight 30%".
ui-health-weight = weight
# A figure that could not be measured (health components).
ui-no-data = no data
ui-notes-heading = About the data
# Slide 2 of the deck.
ui-glance-eyebrow = At a glance
ui-glance-heading = Where { $period } left us

## Section eyebrows: the small capitals above each part's heading

ui-define-eyebrow = Define
ui-deliver-eyebrow = Deliver
ui-sentiment-eyebrow = Support and sentiment
ui-demonstrate-next-eyebrow = Demonstrate and next
# The deck's slides split "Demonstrate and next" in two.
ui-demonstrate-eyebrow = Demonstrate
ui-next-eyebrow = Next

## Table columns

ui-column-goal = Goal
ui-column-baseline = Baseline
ui-column-target = Target
ui-column-now = Now
ui-column-progress = Progress
ui-column-status = Status
ui-column-stakeholder = Stakeholder
# The measure before and now: "20 h → 14 h".
ui-column-measure = Baseline → now
ui-column-change = Change
ui-column-value = Value
# The money total's row, on small screens.
ui-column-total = Total

## Define: goals per stakeholder

ui-goals-heading = Goals per stakeholder
# In the progress column of a goal without a measurement.
ui-goal-not-measured = not measured
# Before a goal's target date: "due 30 Sep 2026".
ui-goal-due = due

## Deliver: adoption and the success plan

# The PDF's heading for the seats chart.
ui-adoption-heading = Adoption
# The HTML page's heading for the whole part.
ui-deliver-heading = Adoption and the success plan
ui-features-heading = Feature adoption in { $month }
# Seats paid for and not used.
ui-shelfware-heading = Shelfware
# After the yearly cost of the unused seats: "$4,800 a year".
ui-shelfware-per-year = a year
# Before the share of seats in use: "Seats in use: 62%".
ui-seats-in-use = Seats in use:
ui-plan-heading = Success plan

## Support and sentiment

ui-sentiment-heading = How the service felt
ui-support-heading = Support
# Under the figures of the support tickets of the period.
ui-support-opened = tickets opened
ui-support-escalated = escalated
ui-support-critical = critical
# Under the tickets' average satisfaction rating ("4.6 / 5").
ui-support-rating = ticket rating
ui-nps-heading = Net Promoter Score
# Under the score of this period and of the one before.
ui-nps-this-period = NPS, { $period }
ui-nps-previous-period = NPS, { $previous }
# Under the number of survey responses.
ui-nps-responses = responses
# Survey comments, quoted.
ui-comments-heading = In their words
# The quotation marks around a comment.
ui-quote-open = “
ui-quote-close = ”

## Demonstrate and next

ui-demonstrate-heading = What it was worth, and what comes next
ui-value-heading = Value delivered
# The last row of the value table, before the money total.
ui-value-total = Total with an agreed money value
ui-health-heading = Health
ui-next-heading = Proposed goals for { $next }
# Before a proposed goal's latest measurement: "now 62%".
ui-next-now = now

# Between a label and its value where a narrow screen shows them on one line ("Target: 91%").
ui-label-separator = {": "}
