## The value review, Deliver: seats, shelfware, active users and features.
## $month is the month seat figures are read at ("september 2026").
## A seat is "licentie" throughout; shelfware is kept as a term, glossed "ongebruikt".

adoption-nothing = Voor deze klant zijn geen licenties of productgebruik geregistreerd.

# Seats were bought but nobody's usage was recorded. $seats is a count.
adoption-no-usage =
    Er { $seats ->
        [one] is { $seats } licentie
       *[other] zijn { $seats } licenties
    } aangeschaft, maar voor { $month } is geen gebruik geregistreerd, dus het licentiegebruik is niet te tonen.

# People used the product but no seats are recorded. $active is a count.
adoption-no-seats =
    In { $month } { $active ->
        [one] was { $active } persoon
       *[other] waren { $active } personen
    } actief, maar er zijn geen aangeschafte licenties geregistreerd, dus de benutting is niet te berekenen.

# More people active than seats bought. $active and $seats are formatted numbers.
adoption-over = In { $month } waren { $active } personen actief, meer dan de { $seats } aangeschafte licenties.

# $active of $seats (formatted numbers) were active; $utilization is a percentage.
adoption-used = In { $month } waren { $active } van de { $seats } aangeschafte licenties in gebruik ({ $utilization }).

# Every seat is used and $extra more people than seats were active.
shelfware-none-over =
    Alle aangeschafte licenties zijn in gebruik, met { $extra ->
        [one] { $extra } actieve gebruiker
       *[other] { $extra } actieve gebruikers
    } meer dan er licenties zijn.
shelfware-none = Alle aangeschafte licenties zijn in gebruik: er is geen shelfware.
# $seats unused seats (a count) worth $value a year.
shelfware-valued =
    { $seats ->
        [one] { $seats } licentie wordt
       *[other] { $seats } licenties worden
    } niet gebruikt (shelfware), ter waarde van { $value } per jaar tegen de huidige prijs per licentie.
shelfware-unpriced =
    { $seats ->
        [one] { $seats } licentie wordt
       *[other] { $seats } licenties worden
    } niet gebruikt (shelfware); er is geen terugkerende omzet geregistreerd om de waarde ervan te bepalen.

# Active users from the first month with usage ($first, $from people) to the last ($last,
# $to people). $way: rose, fell or held.
adoption-trend =
    { $way ->
        [rose] Het aantal actieve gebruikers steeg van { $from } in { $first } naar { $to } in { $last }.
        [fell] Het aantal actieve gebruikers daalde van { $from } in { $first } naar { $to } in { $last }.
       *[held] Het aantal actieve gebruikers bleef van { $first } tot en met { $last } stabiel op { $from }.
    }

# The adoption chart's text alternative. $users is adoption-trend; $same is yes when
# purchased seats stayed at $to, else they went from $from to $to.
adoption-chart-alt =
    Lijngrafiek van actieve gebruikers en aangeschafte licenties per maand, { $first } tot en met { $last }. { $users } { $same ->
        [yes] Het aantal aangeschafte licenties bleef { $to }.
       *[no] Het aantal aangeschafte licenties ging van { $from } naar { $to }.
    }

# Why there is no adoption chart. $why: no-usage or one-month.
adoption-chart-missing =
    { $why ->
        [no-usage] Er zijn geen gebruiksgegevens over de afgelopen twaalf maanden, dus er is geen adoptiegrafiek.
       *[one-month] Er is in slechts één maand gebruik geregistreerd. Dat is nog geen trend, dus er is geen adoptiegrafiek.
    }

## Features. Feature names are the product's own words from the data.

features-none = Voor { $month } is geen gebruik van functies geregistreerd.

# The most used feature ($top, $top_users people, $share of active users when $shared is
# yes) and the least used ($low, $low_users people).
features-top =
    { $top } is de meest gebruikte functie ({ $top_users ->
        [one] { $top_users } gebruiker
       *[other] { $top_users } gebruikers
    }{ $shared ->
        [yes] , { $share } van de actieve gebruikers
       *[no] {""}
    }); { $low } wordt het minst gebruikt, door { $low_users ->
        [one] { $low_users } gebruiker
       *[other] { $low_users } gebruikers
    }.

features-only =
    In { $month } was { $top } de enige functie in gebruik, met { $top_users ->
        [one] { $top_users } gebruiker
       *[other] { $top_users } gebruikers
    }.

# The feature chart's text alternative. $bars lists "feature users; …"; $more features are
# not shown.
features-chart-alt =
    Staafgrafiek van actieve gebruikers per functie in { $month }: { $bars }{ $more ->
        [0] {""}
       *[other] {" "}({ $more } overige niet getoond)
    }.

# After the shelfware figure, in small type: "40 ongebruikte licenties".
shelfware-unit =
    { $count ->
        [one] ongebruikte licentie
       *[other] ongebruikte licenties
    }

# Under the features chart when it leaves some out.
features-more =
    { $count ->
        [one] { $count } andere functie wordt niet getoond.
       *[other] { $count } andere functies worden niet getoond.
    }
