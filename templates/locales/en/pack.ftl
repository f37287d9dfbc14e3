## The monthly leadership pack (templates/pack.typ, templates/pack.html.tera and its email,
## templates/pack-mail.*.tera). Figures arrive formatted for the language. Plain, exact words:
## leaders challenge every number, so each says what it is over.
##
## Variables of the `ui-pack-` labels: $month (the pack's month, "September 2026"), $company.

## Cover

# The document's title. $month is "September 2026".
pack-title = Leadership pack · { $month }
# Under the title: whose customers the pack covers.
pack-scope-all = All customers
# $dimension is "CSM", "Segment" or "Region"; $group is its value.
pack-scope-group = { $dimension }: { $group }

ui-pack-success = Customer success
ui-pack-success-note = Are customers reaching value? Leading measures.
ui-pack-business = The business
ui-pack-business-note = What it is worth. Lagging measures.
ui-pack-warnings = Read first
ui-pack-progress = Goal progress, all measured goals
ui-pack-stages = The customer journey
ui-pack-stages-note = Each stage's measure and who owns it.
ui-pack-hot = Hot spots
ui-pack-hot-called = Groups that differ from the rest beyond chance
ui-pack-hot-none = No group differs from the rest of the portfolio beyond chance this month.
ui-pack-hot-table = Every group
ui-pack-hot-table-note = Grey: too few responses or accounts to judge. ▲ above the rest, ▼ below, beyond chance.
ui-pack-funnel = Funnel plots
ui-pack-funnel-note = Each dot is a group: its value against its size. Inside the funnel (95% and 99.8% limits around the portfolio) a group is within chance.
ui-pack-group = Group
ui-pack-movement = Movement
ui-pack-trends = Trends, 12 months
ui-pack-method = Method
ui-pack-definitions = Definitions
ui-pack-freshness = Latest data per table
ui-pack-checks = Data checks for the month
ui-pack-checks-none = recap check found no problems.
ui-pack-rates = Exchange rates (constant currency)
ui-pack-page = Page
ui-pack-open-review = Open the value review

## Figures

# The figure when there is nothing to compute it from. Never "0".
pack-no-data = No data
# A number of days.
pack-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# The change against last month. $change is signed ("+2 pts", "−$40,000"); $month is last month's name.
pack-change = { $change } vs { $month }
pack-change-same = unchanged vs { $month }
pack-change-none = no figure for { $month }
# A sparkline in words, for screen readers.
pack-spark-alt = { $metric } over 12 months: from { $first } to { $last }, lowest { $low }, highest { $high }.

pack-metric-achieving_value = Customers achieving value
pack-metric-value_generated = Value generated
pack-metric-time_to_value = Median time to value
pack-metric-goal_progress = Average goal progress
pack-metric-seat_utilization = Seat utilization
pack-metric-csat = CSAT (rated 4–5)
pack-metric-escalations = Escalations
pack-metric-nps = NPS, 12 months
pack-metric-arr = ARR
pack-metric-nrr = Net revenue retention
pack-metric-grr = Gross revenue retention
pack-metric-logo_churn = Logo churn
pack-metric-customers = Customers
pack-metric-renewals_due = Renewals due in 90 days

# What each figure is over ($n customers, responses, …).
pack-n-achieving_value = n = { $n } customers with a measured goal
pack-n-value_generated = n = { $n } customers with a valued goal
pack-n-time_to_value = n = { $n } customers who reached a goal
pack-n-goal_progress = n = { $n } measured goals
pack-n-seat_utilization = n = { $n } customers with seats and usage
pack-n-csat = n = { $n } ratings this month
pack-n-escalations = of { $n } tickets opened this month
pack-n-nps = n = { $n } responses
pack-n-arr = n = { $n } customers
pack-n-nrr = n = { $n } customers a year ago
pack-n-grr = n = { $n } customers a year ago
pack-n-logo_churn = n = { $n } customers a year ago
pack-n-customers = with ARR at the month's end
pack-n-renewals_due = of { $n } customers

# Goal progress buckets.
pack-bucket-0 = under 25%
pack-bucket-1 = 25–50%
pack-bucket-2 = 50–75%
pack-bucket-3 = 75–99%
pack-bucket-4 = reached

## Warnings on page 1

# $table has no rows in the pack's month; $last is its latest date.
pack-warning-stale = { $table } has no data after { $last }: its figures for this month are missing or out of date.
# $table has no rows at all.
pack-warning-empty = { $table } has no data: its figures are missing.
pack-warning-unconverted = { $count ->
        [one] 1 account bills in a currency without an exchange rate ({ $currencies }) and is left out of every money figure.
       *[other] { $count } accounts bill in currencies without an exchange rate ({ $currencies }) and are left out of every money figure.
    }

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] No renewal in the next 90 days is at risk.
        [one] 1 renewal in the next 90 days is at risk (health under 40): { $arr } of ARR.
       *[other] { $count } renewals in the next 90 days are at risk (health under 40): { $arr } of ARR.
    }
ui-pack-glance = This month

## Journey stages

pack-stage-onboarding = Onboarding
pack-stage-adoption = Adoption
pack-stage-value = Value
pack-stage-renewal = Renewal
pack-stage-owner = Owner: { $owner }

## Hot spots

pack-dimension-segment = Segment
pack-dimension-touch_model = Touch model
pack-dimension-region = Region
pack-dimension-industry = Industry
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = Achieving value
pack-hot-health = Health
# A group called out. $value and $rest are the group's figure and the rest's; $n responses or accounts.
pack-hot-line-hot = { $dimension } { $group }: { $metric } { $value }, above the rest of the portfolio ({ $rest }); n = { $n }.
pack-hot-line-cold = { $dimension } { $group }: { $metric } { $value }, below the rest of the portfolio ({ $rest }); n = { $n }.
# Under the list. $tested comparisons, $called called out, $fdr the false discovery rate, $min the minimum group size.
pack-hot-note = { $tested } groups compared with the rest of the portfolio, { $called } called out at a false discovery rate of { $fdr }; groups under { $min } responses or accounts are not judged.
pack-funnel-alt = Funnel plot of { $metric }: { $groups } groups by size, { $outside } outside the limits of chance.

## Movement

pack-move-health-drops = Biggest health drops
pack-move-health-drops-none = No customer's health fell this month.
pack-move-health-figure = −{ $points }
pack-move-health-now = health now { $health }
pack-move-at-risk = Renewals at risk (health under 40, renewing within 90 days)
pack-move-at-risk-none = No renewal in the next 90 days is at risk.
pack-move-at-risk-detail = health { $health } · ARR { $arr }
pack-move-expansions = Biggest expansions
pack-move-expansions-none = No customer's ARR grew this month.
pack-move-contractions = Biggest contractions and churn
pack-move-contractions-none = No customer's ARR fell this month.
pack-move-arr-now = ARR now { $arr }
pack-move-churned = churned
pack-move-detractors = Detractors to follow up
pack-move-detractors-none = No detractor responses this month.
pack-move-score = scored { $score }
pack-move-more = and { $count } more

## Method page

pack-define-achieving_value = Customers with at least one goal measured at or past its target in the trailing 12 months, over customers with a measured goal (a goal with a measurement and a target different from its baseline). Customers are accounts with ARR above 0 at the month's end.
pack-define-value_generated = The sum over customers of each goal's improvement from baseline to its latest measurement times the money value of one unit the customer agreed, in { $currency } at the fixed rates below.
pack-define-time_to_value = The median over customers of the days from contract start to the first measurement of any goal at its target.
pack-define-goal_progress = The mean of (latest − baseline) ÷ (target − baseline) over measured goals, each capped between 0% and 100%.
pack-define-seat_utilization = Active users (per product, the most active users of any feature that month) over seats purchased on licences active at the month's end, summed over customers with both.
pack-define-csat = The share of support tickets opened in the month and rated 1–5 that were rated 4 or 5.
pack-define-escalations = Support tickets opened in the month and escalated.
pack-define-nps = % promoters (9–10) − % detractors (0–6) over responses of the trailing 12 months.
pack-define-arr = Recurring revenue at the month's end, in { $currency } at the fixed rates below.
pack-define-nrr = Point to point, trailing 12 months: over the cohort of customers with ARR above 0 twelve months before the month's end, their ARR now over their ARR then. New customers are outside the cohort.
pack-define-grr = As net revenue retention, with each customer's ARR now capped at its ARR then.
pack-define-logo_churn = The share of the retention cohort with no ARR now.
pack-define-customers = Accounts with ARR above 0 at the month's end.
pack-define-renewals_due = Customers whose renewal date falls within 90 days after the month's end.
pack-define-hot-spots-term = Hot spots
pack-define-hot-spots = Each group is compared with the rest of the portfolio, not with a total that includes it. NPS: the mean of +1/0/−1 with its trinomial variance (p promoters + p detractors − (p promoters − p detractors)²); CSAT and achieving value: a two-proportion score test, with the group's Wilson interval; health: a Welch test of means. NPS and CSAT cover the trailing 12 months. A group is called above or below the rest only when the Benjamini–Hochberg procedure keeps the false discovery rate across every comparison of the pack at { $fdr }. Groups under { $min } responses (NPS, CSAT) or accounts (achieving value, health) are shown grey and never called out.
pack-define-currency-term = Currencies
pack-define-currency = Money is in { $currency } at one fixed set of rates for both ends of every comparison (constant currency), so a currency move never shows as expansion or churn. An account whose currency has no rate is listed and left out of every money figure, never added unconverted.
pack-define-renewal-term = Renewals at risk
pack-define-renewal = Customers with a health score under 40 whose renewal date falls within 90 days after the month's end.
# One exchange rate. $source is where it came from (recap.toml, fx_rates or "same currency").
pack-rate = 1 { $code } = { $rate } { $currency } ({ $source })
pack-unconverted-list = Left out of money figures, no exchange rate ({ $count }): { $names }.

# The method page's data checks (`recap check`), one per kind of finding; $table is the table.
pack-check-orphan_rows = rows whose account_id matches no account: fix the key or add the account
pack-check-unreadable_value = values recap cannot read (dates must be YYYY-MM-DD)
pack-check-no_name = accounts without a name
pack-check-no_goals = accounts without goals: nothing to measure value against
pack-check-no_contacts = accounts without contacts: nobody to send documents to
pack-check-goal_without_measurements = goals never measured: their progress is no data
pack-check-goal_target_equals_baseline = goals whose target equals the baseline: progress is undefined
pack-check-stale_arr = accounts whose ARR data ends before the month
pack-check-stale_usage = accounts whose usage data ends before the month
pack-check-negative_arr = negative ARR (write 0 after churn)
pack-check-negative_seats = negative purchased seats
pack-check-ends_before_start = rows that end before they start
pack-check-negative_usage = negative active users or events
pack-check-nps_out_of_range = NPS scores outside 0–10 (left out of NPS)
pack-check-csat_out_of_range = CSAT ratings outside 1–5 (left out of CSAT)

## The email that carries the pack

# $title is the pack's title, $scope whose customers it covers.
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = This month's leadership pack is attached as a PDF. The headline figures:
ui-pack-mail-footer = Sent by recap for { $company }. Every figure is defined on the pack's method page.

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = ARR and usage must reach the pack's month; tables of events (tickets, NPS, goal measurements, milestones) need one in the last three months. A table older than that is flagged on page 1.
