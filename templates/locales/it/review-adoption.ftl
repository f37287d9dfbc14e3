## The value review, Deliver: seats (licenze), shelfware, active users and features.
## $month is the month seat figures are read at ("settembre 2026").

adoption-nothing = Per questo account non risultano licenze né utilizzo del prodotto.

# Seats were bought but nobody's usage was recorded. $seats is a count.
adoption-no-usage =
    { $seats ->
        [one] { $seats } licenza acquistata
       *[other] { $seats } licenze acquistate
    }, ma nessun utilizzo registrato a { $month }: non è possibile mostrare l'uso delle licenze.

# People used the product but no seats are recorded. $active is a count.
adoption-no-seats =
    { $active ->
        [one] { $active } persona attiva
       *[other] { $active } persone attive
    } a { $month }, ma nessuna licenza acquistata registrata: non è possibile calcolare il tasso di utilizzo.

# More people active than seats bought. $active and $seats are formatted numbers.
adoption-over = Nel mese di { $month } risultavano attive { $active } persone su { $seats } licenze acquistate: gli utenti superano le licenze.

# $active of $seats (formatted numbers) were active; $utilization is a percentage.
adoption-used = Nel mese di { $month } risultavano attive { $active } su { $seats } licenze acquistate ({ $utilization }).

# Every seat is used and $extra (a count) more people than seats were active.
shelfware-none-over =
    Tutte le licenze acquistate sono in uso, con { $extra ->
        [one] { $extra } utente attivo
       *[other] { $extra } utenti attivi
    } in più rispetto alle licenze.
shelfware-none = Tutte le licenze acquistate sono in uso: nessuna licenza inutilizzata.
# $seats unused seats (a count) worth $value a year.
shelfware-valued =
    { $seats ->
        [one] { $seats } licenza è inutilizzata
       *[other] { $seats } licenze sono inutilizzate
    } (shelfware), per un valore di { $value } all'anno al prezzo attuale per licenza.
shelfware-unpriced =
    { $seats ->
        [one] { $seats } licenza è inutilizzata
       *[other] { $seats } licenze sono inutilizzate
    } (shelfware); non risultano ricavi ricorrenti su cui calcolarne il valore.

# Active users from the first month with usage ($first, $from people) to the last ($last,
# $to people). $way: rose, fell or held.
adoption-trend =
    { $way ->
        [rose] Gli utenti attivi sono cresciuti da { $from } ({ $first }) a { $to } ({ $last }).
        [fell] Gli utenti attivi sono scesi da { $from } ({ $first }) a { $to } ({ $last }).
       *[held] Gli utenti attivi sono rimasti stabili a quota { $from } da { $first } a { $last }.
    }

# The adoption chart's text alternative. $users is adoption-trend; $same is yes when
# purchased seats stayed at $to, else they went from $from to $to.
adoption-chart-alt =
    Grafico a linee degli utenti attivi e delle licenze acquistate per mese, da { $first } a { $last }. { $users } { $same ->
        [yes] Le licenze acquistate sono rimaste a quota { $to }.
       *[no] Le licenze acquistate sono passate da { $from } a { $to }.
    }

# Why there is no adoption chart. $why: no-usage or one-month.
adoption-chart-missing =
    { $why ->
        [no-usage] Non ci sono dati di utilizzo per gli ultimi dodici mesi, quindi il grafico dell'adozione non è disponibile.
       *[one-month] L'utilizzo è stato registrato in un solo mese, che non basta a indicare una tendenza: il grafico dell'adozione non è disponibile.
    }

## Features. Feature names are the product's own words from the data.

features-none = Nessun utilizzo delle funzionalità registrato a { $month }.

# The most used feature ($top, $top_users people, $share of active users when $shared is
# yes) and the least used ($low, $low_users people).
features-top =
    { $top } è la funzionalità più usata ({ $top_users ->
        [one] { $top_users } utente
       *[other] { $top_users } utenti
    }{ $shared ->
        [yes] , { $share } degli utenti attivi
       *[no] {""}
    }); { $low } è la meno usata, con { $low_users ->
        [one] { $low_users } utente
       *[other] { $low_users } utenti
    }.

features-only =
    { $top } è l'unica funzionalità utilizzata a { $month }, con { $top_users ->
        [one] { $top_users } utente
       *[other] { $top_users } utenti
    }.

# The feature chart's text alternative. $bars lists "feature users; …"; $more features are
# not shown.
features-chart-alt =
    Grafico a barre degli utenti attivi per funzionalità a { $month }: { $bars }{ $more ->
        [0] {""}
        [one] {" "}(un'altra non mostrata)
       *[other] {" "}(altre { $more } non mostrate)
    }.

# After the shelfware figure, in small type: "40 licenze inutilizzate".
shelfware-unit =
    { $count ->
        [one] licenza inutilizzata
       *[other] licenze inutilizzate
    }

# Under the features chart when it leaves some out.
features-more =
    { $count ->
        [one] Un'altra funzionalità non mostrata.
       *[other] Altre { $count } funzionalità non mostrate.
    }
