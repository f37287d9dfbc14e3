## The value review, page 1: the value delivered.

# What page 1 shows large when there is no money total. $state: own-measures or not-measured.
value-headline =
    { $state ->
        [own-measures] Nelle rispettive unità di misura
       *[not-measured] Non ancora misurato
    }

# One goal's measure from baseline to now: "20 h → 14 h".
value-measure = { $baseline } → { $actual }

value-not-measured = Nessun obiettivo è stato ancora misurato, quindi non è possibile mostrare il valore generato.

# No goal has a money value; $count goals are shown in their own measures.
value-own-measures =
    Nessun obiettivo ha un valore economico concordato: il valore è quindi espresso qui sotto { $count ->
        [one] nella sua unità di misura
       *[other] nelle rispettive unità di misura
    }.

# $total is money, $date the period's end, $count the goals with a money value.
value-delivered =
    { $total } di valore misurabile generato al { $date }, da { $count ->
        [one] { $count } obiettivo
       *[other] { $count } obiettivi
    } con un valore economico concordato.

value-below-baseline = Al { $date } gli obiettivi con un valore economico concordato sono { $total } al di sotto del valore di partenza.
value-no-change = Al { $date } gli obiettivi con un valore economico concordato non mostrano variazioni rispetto al valore di partenza.

# How the money figure is computed (printed under it).
value-basis = Miglioramento di ciascun obiettivo dal valore di partenza all'ultima misurazione disponibile al { $date }, moltiplicato per il valore unitario concordato con il cliente.
