## Wrapped: the year in review. Each card is one big number and one line under it; keep the
## lines short, proud and plain. $year is a year ("2026"); figures arrive formatted.

# The opening card, under the customer's name. $partial is yes when they joined during the
# year, in $joined (a month).
wrapped-opening =
    { $partial ->
        [yes] Your { $year } with us, since you joined in { $joined }
       *[no] Your { $year } with us
    }

# Under the money value the goals delivered.
wrapped-value = of measurable value delivered in { $year }

# Under the number of goals reached this year.
wrapped-goals =
    { $count ->
        [one] goal reached its target
       *[other] goals reached their targets
    }

# Under the biggest improvement (a percentage) in the customer's own measure $metric, which
# went from $from to $to.
wrapped-improvement = better { LOWERFIRST($metric) }: from { $from } to { $to }

# Under the number of active users. $grew is yes when they grew by $growth against the same
# month a year before.
wrapped-users =
    { $grew ->
        [yes] { $count ->
            [one] person uses it every month, { $growth } more than a year ago
           *[other] people use it every month, { $growth } more than a year ago
        }
       *[no] { $count ->
            [one] person uses it every month
           *[other] people use it every month
        }
    }

# A rank among peers, under the users card: "Top 4% of Mid-Market customers for growth".
wrapped-rank-growth = Top { $top } of { $segment } customers for active-user growth

# Under the most used feature's name: $users at its peak; $new features newly adopted.
wrapped-feature =
    most used, by { $users ->
        [one] { $users } person
       *[other] { $users } people
    }{ $new ->
        [0] {""}
        [one] , and { $new } feature newly adopted
       *[other] , and { $new } features newly adopted
    }

# Under the busiest month's name.
wrapped-busiest =
    your busiest month: { $events ->
        [one] { $events } action
       *[other] { $events } actions
    }

wrapped-milestones =
    { $count ->
        [one] success-plan milestone completed
       *[other] success-plan milestones completed
    }

# Under the number of support tickets resolved; $avoided urgent ones were solved without an
# escalation.
wrapped-support =
    { $count ->
        [one] support ticket resolved
       *[other] support tickets resolved
    }{ $avoided ->
        [0] {""}
        [one] , { $avoided } urgent one without an escalation
       *[other] , { $avoided } urgent ones without an escalation
    }

# The closing card: the big words, then next year's goal ($goaled is yes when there is one).
wrapped-closing-big = On to { $next }
wrapped-closing =
    { $goaled ->
        [yes] Next up: { $goal }. Let's plan it together.
       *[no] Let's set next year's goals together.
    }

# The PDF's title.
wrapped-title = { $account }: your { $year } with { $company }

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account }: your { $year } with { $company }
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this; $role is their role in a sentence ("the champion").
wrapped-email-why = You receive this as { $role } of { $account } at { $company }.
ui-wrapped-email-cta = Book your { $next } review
ui-wrapped-email-share-heading = Share your year
ui-wrapped-email-pdf = Your year as a PDF
ui-wrapped-email-image = The share image
ui-wrapped-email-unsubscribe = Unsubscribe
