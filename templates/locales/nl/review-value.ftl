## The value review, page 1: the value delivered.

# What page 1 shows large when there is no money total. $state: own-measures or not-measured.
value-headline =
    { $state ->
        [own-measures] In eigen meeteenheden
       *[not-measured] Nog niet gemeten
    }

# One goal's measure from baseline to now: "20 h → 14 h".
value-measure = { $baseline } → { $actual }

value-not-measured = Nog geen enkel doel is gemeten, dus de geleverde waarde is niet te tonen.

# No goal has a money value; $count goals are shown in their own measures.
value-own-measures =
    Voor geen enkel doel is een waarde in geld afgesproken, dus hieronder staat de waarde in { $count ->
        [one] de eigen meeteenheid van het doel
       *[other] de eigen meeteenheden van de doelen
    }.

# $total is money, $date the period's end, $count the goals with a money value.
value-delivered =
    Tot en met { $date } is { $total } aan meetbare waarde geleverd, op basis van { $count ->
        [one] { $count } doel
       *[other] { $count } doelen
    } met een afgesproken waarde in geld.

value-below-baseline = De doelen met een afgesproken waarde in geld liggen per { $date } { $total } onder hun nulmeting.
value-no-change = De doelen met een afgesproken waarde in geld laten per { $date } geen verandering zien ten opzichte van hun nulmeting.

# How the money figure is computed (printed under it).
value-basis = Verbetering van elk doel vanaf de nulmeting tot de laatste meting op of vóór { $date }, vermenigvuldigd met de waarde per eenheid die met de klant is afgesproken.
