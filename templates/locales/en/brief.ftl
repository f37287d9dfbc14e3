## The call brief: one page a CSM reads before talking to a customer (recap brief).
## Figures, dates and money arrive formatted for the language (CLDR); a message only places
## them. Each list line must fit one line of its column: keep them short.

# The PDF's title and the HTML page's <title>. $account is the account's name.
brief-title = Call brief: { $account }
# The small line above the account's name.
brief-heading = Call brief
# Under the account's name. $date is the brief's date, $since the start of "what changed",
# $id the account's key.
brief-subtitle = { $id } · as of { $date } · changes since { $since }

# The header strip's labels.
brief-cell-arr = ARR
brief-cell-renewal = Renewal
brief-cell-contract = Contract start
brief-cell-segment = Segment
brief-cell-touch = Touch model
brief-cell-csm = CSM
brief-arr-none = No ARR data
brief-not-recorded = Not recorded
# Under the renewal date. $when: future, today or past; $days is never negative.
brief-renewal-days =
    { $when ->
        [today] today
        [past] { $days ->
            [one] { $days } day ago
           *[other] { $days } days ago
        }
       *[future] { $days ->
            [one] in { $days } day
           *[other] in { $days } days
        }
    }
# A figure with no data.
brief-no-data = no data

brief-health-heading = Health
# $score: a number, or the words for no data.
brief-health-previous = A quarter ago: { $score }
# One health component. $component is its name; $now and $before are scores or "no data".
brief-health-component = { $component }: { $now } (a quarter ago: { $before })
# The component that moved most since $date (the start of the quarter).
brief-health-moved =
    { $component } { $direction ->
        [up] rose
       *[down] fell
    } from { $from } to { $to } since { $date }.
# After a support move: the quarter's tickets.
brief-health-escalations =
    { $escalations ->
        [one] { $escalations } escalation
       *[other] { $escalations } escalations
    } among { $opened ->
        [one] { $opened } ticket
       *[other] { $opened } tickets
    } this quarter.
brief-health-steady = No component moved since { $date }.
brief-health-no-comparison = No comparison: health a quarter ago has no data.

brief-points-heading = Talking points
brief-points-none = No talking point: none of the rules in the footer holds for this account.
# Who answered when the response names no contact.
brief-someone = A contact
brief-point-renewal = Renewal in { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ({ $date }) with health at { $health }: ask what stands between them and renewing.
brief-point-detractor =
    { $who } gave an NPS of { $score } on { $date }{ $commented ->
        [yes] : “{ $comment }”
       *[no] .
    }
brief-point-health = Health fell from { $from } to { $to } since { $date }: find out what changed for them.
brief-point-shelfware = { $seats ->
        [one] { $seats } paid seat is
       *[other] { $seats } paid seats are
    } unused, worth { $value } ({ $share } of ARR): plan adoption before the renewal talk.
brief-point-goal = “{ $goal }” reached its target on { $date } ({ $actual } against { $target }): celebrate it with them.

# $date: the start of the window.
brief-changed-heading = What changed since { $date }
brief-changed-tickets =
    { $opened ->
        [0] No tickets opened
        [one] { $opened } ticket opened
       *[other] { $opened } tickets opened
    }{ $escalated ->
        [0] {""}
       *[other] , { $escalated } escalated
    }
brief-changed-nps =
    { $responses ->
        [one] { $responses } NPS response
       *[other] { $responses } NPS responses
    }: NPS { $score }, { $detractors ->
        [one] { $detractors } detractor
       *[other] { $detractors } detractors
    }
brief-changed-no-nps = No NPS responses
brief-changed-quote = { $who } ({ $score }): “{ $comment }”
brief-changed-arr = ARR { $from } → { $to } in { $month }
brief-changed-seats = Seats purchased { $from } → { $to }
brief-changed-late = Milestone now late: { $title } (due { $date })
brief-changed-done = Milestone done: { $title } ({ $date })
brief-changed-measured = { $goal }: { $value } on { $date }

# Ticket severities.
brief-severity =
    { $severity ->
        [critical] Critical
        [high] High
        [normal] Normal
        [low] Low
       *[other] { $name }
    }
brief-tickets-heading = Open tickets ({ $count })
# $severity is a severity's name, $id the ticket's key, $days how long it has been open.
brief-ticket = { $severity } · { $id } · open { $days ->
        [one] { $days } day
       *[other] { $days } days
    }{ $escalated ->
        [yes] {" "}· escalated
       *[no] {""}
    }
brief-tickets-none = No open tickets.
brief-late-heading = Late milestones ({ $count })
# $owner is the owner's name ($named: yes or no), $side customer or vendor.
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] the customer
            [vendor] us
           *[other] no owner
        }
    } · due { $date } ({ $days ->
        [one] { $days } day late
       *[other] { $days } days late
    })
brief-late-none = No late milestones.
brief-off-track-heading = Goals off track ({ $count })
# $status is "At risk" or "Missed"; $dated: yes when the goal has a target date.
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] {" "}by { $date }
       *[no] {""}
    }
brief-off-track-none = No goal is off track.
brief-goals-none = No goals recorded.

brief-people-heading = Who is who ({ $count })
# $role is a role's name; $locale the contact's ($located: yes or no); $score the last NPS
# score ($scored: yes or no); $unsubscribed: yes or no.
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· unsubscribed: do not mail
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = No contacts recorded.

# The last line of a list that does not fit its box.
brief-and-more = and { $count } more

# The page's footer: how the talking points are chosen.
brief-rules = Talking points, one a rule: renewal within { $days } days with health under { $health }; a detractor (NPS { $detractor } or lower) since { $since }; health down { $drop } points or more in a quarter; unused seats worth more than { $share } of ARR; a goal that reached its target since { $since }. Health is the value review's score; the data records no follow-up of detractors.

# Labels the templates print.
ui-brief-out-of = out of 100
ui-brief-open-heading = What is open
