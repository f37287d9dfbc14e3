## Das Value Review, Seite 1: der erzielte Wert.

# Was Seite 1 groß zeigt, wenn es keine Geldsumme gibt. $state: own-measures oder
# not-measured.
value-headline =
    { $state ->
        [own-measures] In eigenen Kennzahlen
       *[not-measured] Noch nicht gemessen
    }

# Die Kennzahl eines Ziels vom Ausgangswert bis heute: „20 h → 14 h“.
value-measure = { $baseline } → { $actual }

value-not-measured = Noch wurde kein Ziel gemessen, daher lässt sich der erzielte Wert nicht darstellen.

# Kein Ziel hat einen Geldwert; $count Ziele werden in ihren eigenen Kennzahlen gezeigt.
value-own-measures =
    Für kein Ziel ist ein Geldwert vereinbart, daher wird der Wert unten in { $count ->
        [one] der eigenen Kennzahl des Ziels
       *[other] den eigenen Kennzahlen der Ziele
    } dargestellt.

# $total ist ein Geldbetrag, $date das Ende des Zeitraums, $count die Ziele mit Geldwert.
value-delivered =
    Bis zum { $date } { $count ->
        [one] hat { $count } Ziel
       *[other] haben { $count } Ziele
    } mit vereinbartem Geldwert einen messbaren Wert von { $total } erzielt.

value-below-baseline = Die Ziele mit vereinbartem Geldwert liegen zum { $date } um { $total } unter ihren Ausgangswerten.
value-no-change = Die Ziele mit vereinbartem Geldwert zeigen zum { $date } keine Veränderung gegenüber ihren Ausgangswerten.

# Wie der Geldbetrag berechnet wird (darunter gedruckt).
value-basis = Verbesserung jedes Ziels vom Ausgangswert bis zum letzten Messwert am oder vor dem { $date }, multipliziert mit dem gemeinsam mit dem Kunden vereinbarten Wert pro Einheit.
