## Das Value Review, Umsetzung: Lizenzen, Shelfware, aktive Nutzer und Funktionen.
## $month ist der Monat, zu dem die Lizenzzahlen gelesen werden („September 2026“).

adoption-nothing = Für diesen Account sind weder Lizenzen noch Produktnutzung erfasst.

# Lizenzen wurden gekauft, aber für niemanden wurde Nutzung erfasst. $seats ist eine Anzahl.
adoption-no-usage =
    Es { $seats ->
        [one] wurde { $seats } Lizenz
       *[other] wurden { $seats } Lizenzen
    } erworben, für { $month } ist jedoch keine Nutzung erfasst; die Lizenznutzung lässt sich daher nicht darstellen.

# Das Produkt wurde genutzt, aber es sind keine Lizenzen erfasst. $active ist eine Anzahl.
adoption-no-seats =
    Im { $month } { $active ->
        [one] war { $active } Person
       *[other] waren { $active } Personen
    } aktiv; da keine erworbenen Lizenzen erfasst sind, lässt sich die Auslastung nicht berechnen.

# Mehr aktive Personen als gekaufte Lizenzen. $active und $seats sind formatierte Zahlen.
adoption-over = Im { $month } waren { $active } Personen aktiv – mehr als die { $seats } erworbenen Lizenzen.

# $active von $seats (formatierte Zahlen) waren aktiv; $utilization ist ein Prozentwert.
adoption-used = Im { $month } wurden { $active } von { $seats } erworbenen Lizenzen genutzt ({ $utilization }).

# Jede Lizenz wird genutzt, und es waren $extra Personen mehr aktiv als Lizenzen vorhanden.
shelfware-none-over = Alle erworbenen Lizenzen werden genutzt, und es gibt { $extra } aktive Nutzer mehr als Lizenzen.
shelfware-none = Alle erworbenen Lizenzen werden genutzt: Es gibt keine Shelfware.
# $seats ungenutzte Lizenzen (eine Anzahl) im Wert von $value pro Jahr.
shelfware-valued =
    { $seats ->
        [one] { $seats } Lizenz ist
       *[other] { $seats } Lizenzen sind
    } ungenutzt (Shelfware) – beim aktuellen Preis pro Lizenz ein Wert von { $value } pro Jahr.
shelfware-unpriced =
    { $seats ->
        [one] { $seats } Lizenz ist
       *[other] { $seats } Lizenzen sind
    } ungenutzt (Shelfware); da kein wiederkehrender Umsatz erfasst ist, lässt sich ihr Wert nicht beziffern.

# Aktive Nutzer vom ersten Monat mit Nutzung ($first, $from Personen) bis zum letzten ($last,
# $to Personen). $way: rose, fell oder held.
adoption-trend =
    { $way ->
        [rose] Die Zahl der aktiven Nutzer stieg von { $from } im { $first } auf { $to } im { $last }.
        [fell] Die Zahl der aktiven Nutzer sank von { $from } im { $first } auf { $to } im { $last }.
       *[held] Die Zahl der aktiven Nutzer blieb von { $first } bis { $last } konstant bei { $from }.
    }

# Der Alternativtext des Nutzungsdiagramms. $users ist adoption-trend; $same ist yes, wenn die
# erworbenen Lizenzen bei $to blieben, sonst änderten sie sich von $from auf $to.
adoption-chart-alt =
    Liniendiagramm der aktiven Nutzer und erworbenen Lizenzen pro Monat, { $first } bis { $last }. { $users } { $same ->
        [yes] Die Zahl der erworbenen Lizenzen blieb bei { $to }.
       *[no] Die Zahl der erworbenen Lizenzen änderte sich von { $from } auf { $to }.
    }

# Warum es kein Nutzungsdiagramm gibt. $why: no-usage oder one-month.
adoption-chart-missing =
    { $why ->
        [no-usage] Für die letzten zwölf Monate liegen keine Nutzungsdaten vor, daher gibt es kein Nutzungsdiagramm.
       *[one-month] Nutzung wurde nur in einem Monat erfasst – das ist noch kein Trend, daher gibt es kein Nutzungsdiagramm.
    }

## Funktionen. Die Namen der Funktionen sind die eigenen Worte des Produkts aus den Daten.

features-none = Für { $month } wurde keine Nutzung von Funktionen erfasst.

# Die meistgenutzte Funktion ($top, $top_users Personen, $share der aktiven Nutzer, wenn
# $shared yes ist) und die am wenigsten genutzte ($low, $low_users Personen). „Nutzer“ hat
# im Nominativ keine eigene Pluralform; nur im Dativ („mit 3 Nutzern“) braucht es eine.
features-top =
    Die meistgenutzte Funktion ist { $top } ({ $top_users } Nutzer{ $shared ->
        [yes] , { $share } der aktiven Nutzer
       *[no] {""}
    }); am wenigsten genutzt wird { $low } mit { $low_users ->
        [one] { $low_users } Nutzer
       *[other] { $low_users } Nutzern
    }.

features-only =
    Einzige genutzte Funktion im { $month } war { $top } mit { $top_users ->
        [one] { $top_users } Nutzer
       *[other] { $top_users } Nutzern
    }.

# Der Alternativtext des Funktionsdiagramms. $bars zählt „Funktion Nutzer; …“ auf; $more
# Funktionen werden nicht gezeigt.
features-chart-alt =
    Balkendiagramm der aktiven Nutzer pro Funktion im { $month }: { $bars }{ $more ->
        [0] {""}
       *[other] {" "}({ $more } weitere nicht dargestellt)
    }.

# Nach der Shelfware-Zahl, in kleiner Schrift: „40 ungenutzte Lizenzen“.
shelfware-unit =
    { $count ->
        [one] ungenutzte Lizenz
       *[other] ungenutzte Lizenzen
    }

# Unter dem Funktionsdiagramm, wenn es einige auslässt.
features-more =
    { $count ->
        [one] { $count } weitere Funktion nicht dargestellt.
       *[other] { $count } weitere Funktionen nicht dargestellt.
    }
