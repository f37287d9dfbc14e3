## The value review, page 1: the value delivered.

# What page 1 shows large when there is no money total. $state: own-measures or not-measured.
value-headline =
    { $state ->
        [own-measures] In their own measures
       *[not-measured] Not measured yet
    }

# One goal's measure from baseline to now: "20 h → 14 h".
value-measure = { $baseline } → { $actual }

value-not-measured = No goal has been measured yet, so the value delivered cannot be shown.

# No goal has a money value; $count goals are shown in their own measures.
value-own-measures =
    No goal has an agreed money value, so value is shown in { $count ->
        [one] its
       *[other] their
    } own measures below.

# $total is money, $date the period's end, $count the goals with a money value.
value-delivered =
    { $total } of measurable value delivered by { $date }, from { $count ->
        [one] { $count } goal
       *[other] { $count } goals
    } with an agreed money value.

value-below-baseline = The goals with an agreed money value are { $total } below their baselines as of { $date }.
value-no-change = The goals with an agreed money value show no change from their baselines as of { $date }.

# How the money figure is computed (printed under it).
value-basis = Improvement from each goal's baseline to its latest measurement on or before { $date }, times the value per unit agreed with the customer.
