## Das Value Review: Ziele je Stakeholder und der Satz zu jedem Ziel.
## Die Zahlen kommen für die Sprache des Lesers formatiert; $metric, Zieltitel und Einheiten
## sind die eigenen Worte des Kunden aus den Daten und werden unverändert gedruckt.
## Die Kennzahl eröffnet den Satz, gefolgt von einem Doppelpunkt („Bearbeitungszeit: um 38 %
## gesunken …“), denn ohne ihr Genus und ihren Numerus zu kennen, lassen sich weder Artikel
## noch Verb anpassen.

# Ein Ziel ohne Messwert.
goal-not-measured = { $metric }: noch kein Messwert, daher lässt sich kein Fortschritt darstellen.

# Ein Ziel, dessen Zielwert seinem Ausgangswert entspricht.
goal-target-is-baseline = { $metric }: aktuell { $actual }; da der Zielwert dem Ausgangswert ({ $baseline }) entspricht, lässt sich kein Fortschritt messen.

# Wie weit sich die Kennzahl eines Ziels bewegt hat, als Partizipialphrase, die goal-sentence
# hinter die Kennzahl setzt. $how: steady (unverändert), rose-pct / fell-pct (relativ zum
# Ausgangswert: $pct), rose-points / fell-points (eine Prozent-Kennzahl: $points), rose / fell
# (von $baseline auf $actual).
goal-moved =
    { $how ->
        [steady] unverändert bei { $actual }
        [rose-pct] um { $pct } gestiegen
        [fell-pct] um { $pct } gesunken
        [rose-points] um { $points } auf { $actual } gestiegen
        [fell-points] um { $points } auf { $actual } gesunken
        [rose] von { $baseline } auf { $actual } gestiegen
       *[fell] von { $baseline } auf { $actual } gesunken
    }

# Das Ziel als Phrase: relativ zum Ausgangswert („das Ziel von 30 %“) oder als Wert.
# Alle Zielphrasen sind Neutrum oder Femininum, damit sie in goal-sentence als Nominativ wie
# als Akkusativ passen.
goal-target-relative = das Ziel von { $pct }
goal-target-absolute = das Ziel von { $target }
# Das Ziel, von dem sich ein Ziel entfernt hat: „die angestrebte Senkung um 30 %“ ($way: cut
# oder rise).
goal-target-away =
    { $way ->
        [cut] die angestrebte Senkung um { $pct }
       *[rise] die angestrebte Steigerung um { $pct }
    }

# Der Satz zu einem Ziel. $status: achieved, on_track, at_risk_improving (in die richtige
# Richtung, aber zu langsam), at_risk (in die falsche Richtung), missed_improving, missed,
# no_data. $moved ist goal-moved; $target und $away sind die Phrasen oben; $exactly ist yes,
# wenn das Ziel genau erreicht wurde; $dated ist yes, wenn das Ziel einen Termin hat ($due);
# $valued ist yes, wenn die Verbesserung einen Geldwert hat ($worth).
goal-sentence =
    { $status ->
        [achieved] { $metric }: { $moved }; { $target } ist damit { $exactly ->
                [yes] genau erreicht
               *[no] übertroffen
            }{ $valued ->
                [yes] {" "}(Wert: { $worth })
               *[no] {""}
            }.
        [on_track] { $metric }: { $moved } und auf Kurs, { $target }{ $dated ->
                [yes] {" "}bis zum { $due }
               *[no] {""}
            } zu erreichen{ $valued ->
                [yes] {" "}(Wert: { $worth })
               *[no] {""}
            }.
        [at_risk_improving] { $metric }: { $moved }, aber zu langsam; { $target }{ $dated ->
                [yes] {" "}bis zum { $due }
               *[no] {""}
            } ist gefährdet{ $valued ->
                [yes] {" "}(Wert: { $worth })
               *[no] {""}
            }.
        [at_risk] { $metric }: { $moved }; { $away }{ $dated ->
                [yes] {" "}bis zum { $due }
               *[no] {""}
            } ist gefährdet.
        [missed_improving] { $metric }: { $moved }; { $target }{ $dated ->
                [yes] {" "}zum { $due }
               *[no] {""}
            } wurde jedoch verfehlt{ $valued ->
                [yes] {" "}(Wert: { $worth })
               *[no] {""}
            }.
        [missed] { $metric }: { $moved }; { $away }{ $dated ->
                [yes] {" "}zum { $due }
               *[no] {""}
            } wurde verfehlt.
       *[no_data] { $metric }: { $moved }; der Fortschritt lässt sich nicht messen.
    }

# Die Veränderung gegenüber dem Ausgangswert in der Einheit des Ziels ($way: more, less oder
# none): „6 h weniger“.
goal-improvement =
    { $way ->
        [more] { $amount } mehr
        [less] { $amount } weniger
       *[none] keine Veränderung
    }

# In welche Richtung sich die Kennzahl eines Ziels bewegen soll.
goal-direction =
    { $direction ->
        [lower] Je niedriger, desto besser
       *[higher] Je höher, desto besser
    }

# Worauf es jedem Stakeholder ankommt, eine Zeile unter seinem Namen.
goals-focus =
    { $role ->
        [executive_sponsor] Geschäftsergebnisse und Return on Investment
        [champion] Die Ziele des Teams
        [end_user] Zeitersparnis und Benutzerfreundlichkeit
       *[other] {""}
    }

goals-none = Für diesen Account sind noch keine Ziele erfasst.
goals-empty = Für diesen Account sind keine Ziele erfasst. Erster Schritt im nächsten Zeitraum: für jeden Stakeholder Ziele mit Ausgangswert, Zielwert und Termin vereinbaren.

# Ein Teil der Aufzählung in der Zusammenfassung: „2 im Plan“. $status: on_track, at_risk,
# missed, no_data.
goals-summary-part =
    { $status ->
        [on_track] { $count } im Plan
        [at_risk] { $count } gefährdet
        [missed] { $count } verfehlt
       *[no_data] { $count } noch nicht gemessen
    }

# „2 von 4 Zielen erreicht; 1 im Plan und 1 gefährdet.“ $others ist yes, wenn $rest die
# übrigen Ziele aufzählt (goals-summary-part als Liste verbunden).
goals-summary =
    { $achieved } von { $count ->
        [one] { $count } Ziel
       *[other] { $count } Zielen
    } erreicht{ $others ->
        [yes] ; { $rest }
       *[no] {""}
    }.

goals-average-progress = Die gemessenen Ziele haben im Durchschnitt { $progress } der angestrebten Verbesserung erreicht.
