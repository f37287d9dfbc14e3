## The value review, Deliver: seats, shelfware, active users and features.
## $month is the month seat figures are read at ("September 2026").

adoption-nothing = No licences or product usage are recorded for this account.

# Seats were bought but nobody's usage was recorded. $seats is a count.
adoption-no-usage =
    { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    } purchased, but no usage was recorded for { $month }, so seat use cannot be shown.

# People used the product but no seats are recorded. $active is a count.
adoption-no-seats =
    { $active ->
        [one] { $active } person was
       *[other] { $active } people were
    } active in { $month }; no purchased seats are recorded, so utilization cannot be computed.

# More people active than seats bought. $active and $seats are formatted numbers.
adoption-over = { $active } people were active on { $seats } purchased seats in { $month }: more users than seats.

# $active of $seats (formatted numbers) were active; $utilization is a percentage.
adoption-used = { $active } of { $seats } purchased seats were active in { $month } ({ $utilization }).

# Every seat is used and $extra more people than seats were active.
shelfware-none-over = Every purchased seat is in use, with { $extra } more active users than seats.
shelfware-none = Every purchased seat is in use: there is no shelfware.
# $seats unused seats (a count) worth $value a year.
shelfware-valued =
    { $seats ->
        [one] { $seats } seat is
       *[other] { $seats } seats are
    } unused (shelfware), worth { $value } a year at the current price per seat.
shelfware-unpriced =
    { $seats ->
        [one] { $seats } seat is
       *[other] { $seats } seats are
    } unused (shelfware); no recurring revenue is recorded to put a price on them.

# Active users from the first month with usage ($first, $from people) to the last ($last,
# $to people). $way: rose, fell or held.
adoption-trend =
    { $way ->
        [rose] Active users rose from { $from } in { $first } to { $to } in { $last }.
        [fell] Active users fell from { $from } in { $first } to { $to } in { $last }.
       *[held] Active users held at { $from } from { $first } to { $last }.
    }

# The adoption chart's text alternative. $users is adoption-trend; $same is yes when
# purchased seats stayed at $to, else they went from $from to $to.
adoption-chart-alt =
    Line chart of active users and purchased seats by month, { $first } to { $last }. { $users } { $same ->
        [yes] Purchased seats stayed at { $to }.
       *[no] Purchased seats went from { $from } to { $to }.
    }

# Why there is no adoption chart. $why: no-usage or one-month.
adoption-chart-missing =
    { $why ->
        [no-usage] There is no usage data for the last twelve months, so there is no adoption chart.
       *[one-month] Usage was recorded in only one month, which is not yet a trend, so there is no adoption chart.
    }

## Features. Feature names are the product's own words from the data.

features-none = No feature usage was recorded for { $month }.

# The most used feature ($top, $top_users people, $share of active users when $shared is
# yes) and the least used ($low, $low_users people).
features-top =
    { $top } is the most used feature ({ $top_users ->
        [one] { $top_users } user
       *[other] { $top_users } users
    }{ $shared ->
        [yes] , { $share } of active users
       *[no] {""}
    }); { $low } is the least used, with { $low_users ->
        [one] { $low_users } user
       *[other] { $low_users } users
    }.

features-only =
    { $top } is the only feature in use in { $month }, with { $top_users ->
        [one] { $top_users } user
       *[other] { $top_users } users
    }.

# The feature chart's text alternative. $bars lists "feature users; …"; $more features are
# not shown.
features-chart-alt =
    Bar chart of active users by feature in { $month }: { $bars }{ $more ->
        [0] {""}
       *[other] {" "}({ $more } more not shown)
    }.

# After the shelfware figure, in small type: "40 unused seats".
shelfware-unit =
    { $count ->
        [one] unused seat
       *[other] unused seats
    }

# Under the features chart when it leaves some out.
features-more =
    { $count ->
        [one] { $count } more feature not shown.
       *[other] { $count } more features not shown.
    }
