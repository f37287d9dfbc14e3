## Der monatliche Management-Report (templates/pack.typ, templates/pack.html.tera und seine E-Mail,
## templates/pack-mail.*.tera). Zahlen kommen bereits für die Sprache formatiert. Schlichte, exakte
## Worte: Führungskräfte hinterfragen jede Zahl, daher sagt jede, worauf sie sich bezieht.
##
## Variablen der `ui-pack-`-Beschriftungen: $month (der Monat des Reports, „September 2026“), $company.

## Deckblatt

# Der Titel des Dokuments. $month ist „September 2026“.
pack-title = Management-Report · { $month }
# Unter dem Titel: wessen Kunden der Report abdeckt.
pack-scope-all = Alle Kunden
# $dimension ist „CSM“, „Segment“ oder „Region“; $group ist ihr Wert.
pack-scope-group = { $dimension }: { $group }

ui-pack-success = Customer Success
ui-pack-success-note = Erzielen die Kunden Mehrwert? Frühindikatoren.
ui-pack-business = Das Geschäft
ui-pack-business-note = Was es wert ist. Spätindikatoren.
ui-pack-warnings = Vorab beachten
ui-pack-progress = Zielerreichung, alle gemessenen Ziele
ui-pack-stages = Die Customer Journey
ui-pack-stages-note = Kennzahl und Verantwortliche je Phase.
ui-pack-hot = Auffälligkeiten
ui-pack-hot-called = Gruppen, die mehr als zufällig vom Rest abweichen
ui-pack-hot-none = Diesen Monat weicht keine Gruppe mehr als zufällig vom Rest des Portfolios ab.
ui-pack-hot-table = Alle Gruppen
ui-pack-hot-table-note = Grau: zu wenige Antworten oder Accounts für eine Beurteilung. ▲ über dem Rest, ▼ darunter, jeweils mehr als zufällig.
ui-pack-funnel = Funnel-Plots
ui-pack-funnel-note = Jeder Punkt ist eine Gruppe: ihr Wert im Verhältnis zu ihrer Größe. Innerhalb des Trichters (Grenzen bei 95 % und 99,8 % um das Portfolio) liegt eine Gruppe im Rahmen des Zufalls.
ui-pack-group = Gruppe
ui-pack-movement = Veränderungen
ui-pack-trends = Trends, 12 Monate
ui-pack-method = Methodik
ui-pack-definitions = Definitionen
ui-pack-freshness = Datenstand je Tabelle
ui-pack-checks = Datenprüfungen des Monats
ui-pack-checks-none = recap check hat keine Probleme gefunden.
ui-pack-rates = Wechselkurse (konstante Kurse)
ui-pack-page = Seite
ui-pack-open-review = Value Review öffnen

## Kennzahlen

# Der Wert, wenn es nichts gibt, woraus er sich berechnen lässt. Nie „0“.
pack-no-data = Keine Daten
# Eine Anzahl von Tagen.
pack-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
# Die Veränderung gegenüber dem Vormonat. $change hat ein Vorzeichen („+2 Pkt.“, „−40.000 €“);
# $month ist der Name des Vormonats.
pack-change = { $change } ggü. { $month }
pack-change-same = unverändert ggü. { $month }
pack-change-none = kein Wert für { $month }
# Eine Sparkline in Worten, für Screenreader.
pack-spark-alt = { $metric } über 12 Monate: von { $first } auf { $last }, Tiefstwert { $low }, Höchstwert { $high }.

pack-metric-achieving_value = Kunden mit erzieltem Mehrwert
pack-metric-value_generated = Erzielter Wert
pack-metric-time_to_value = Time to Value (Median)
pack-metric-goal_progress = Durchschnittliche Zielerreichung
pack-metric-seat_utilization = Lizenzauslastung
pack-metric-csat = CSAT (Bewertung 4–5)
pack-metric-escalations = Eskalationen
pack-metric-nps = NPS, 12 Monate
pack-metric-arr = ARR
pack-metric-nrr = Nettoumsatzbindung (NRR)
pack-metric-grr = Bruttoumsatzbindung (GRR)
pack-metric-logo_churn = Kundenabwanderung (Logo-Churn)
pack-metric-customers = Kunden
pack-metric-renewals_due = Verlängerungen binnen 90 Tagen

# Worauf sich jede Zahl bezieht ($n Kunden, Antworten, …).
pack-n-achieving_value = n = { $n } Kunden mit gemessenem Ziel
pack-n-value_generated = n = { $n } Kunden mit monetär bewertetem Ziel
pack-n-time_to_value = n = { $n } Kunden, die ein Ziel erreicht haben
pack-n-goal_progress = n = { $n } gemessene Ziele
pack-n-seat_utilization = n = { $n } Kunden mit Lizenzen und Nutzung
pack-n-csat = n = { $n } Bewertungen in diesem Monat
pack-n-escalations = von { $n } in diesem Monat eröffneten Tickets
pack-n-nps = n = { $n } Antworten
pack-n-arr = n = { $n } Kunden
pack-n-nrr = n = { $n } Kunden vor einem Jahr
pack-n-grr = n = { $n } Kunden vor einem Jahr
pack-n-logo_churn = n = { $n } Kunden vor einem Jahr
pack-n-customers = mit ARR am Monatsende
pack-n-renewals_due = von { $n } Kunden

# Stufen der Zielerreichung.
pack-bucket-0 = unter 25 %
pack-bucket-1 = 25–50 %
pack-bucket-2 = 50–75 %
pack-bucket-3 = 75–99 %
pack-bucket-4 = erreicht

## Hinweise auf Seite 1

# $table hat im Monat des Reports keine Zeilen; $last ist ihr letztes Datum.
pack-warning-stale = { $table } enthält keine Daten nach dem { $last }: Die darauf beruhenden Zahlen dieses Monats fehlen oder sind veraltet.
# $table hat überhaupt keine Zeilen.
pack-warning-empty = { $table } enthält keine Daten: Die darauf beruhenden Zahlen fehlen.
pack-warning-unconverted = { $count ->
        [one] { $count } Account rechnet in einer Währung ohne Wechselkurs ab ({ $currencies }) und bleibt bei allen Geldbeträgen unberücksichtigt.
       *[other] { $count } Accounts rechnen in Währungen ohne Wechselkurs ab ({ $currencies }) und bleiben bei allen Geldbeträgen unberücksichtigt.
    }

## Phasen der Customer Journey

pack-stage-onboarding = Onboarding
pack-stage-adoption = Nutzung
pack-stage-value = Mehrwert
pack-stage-renewal = Verlängerung
pack-stage-owner = Verantwortlich: { $owner }

## Auffälligkeiten

pack-dimension-segment = Segment
pack-dimension-touch_model = Betreuungsmodell
pack-dimension-region = Region
pack-dimension-industry = Branche
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = Mehrwert erzielt
pack-hot-health = Health Score
# Eine hervorgehobene Gruppe. $value und $rest sind der Wert der Gruppe und der des Rests;
# $n Antworten oder Accounts.
pack-hot-line-hot = { $dimension } { $group }: { $metric } { $value }, über dem Rest des Portfolios ({ $rest }); n = { $n }.
pack-hot-line-cold = { $dimension } { $group }: { $metric } { $value }, unter dem Rest des Portfolios ({ $rest }); n = { $n }.
# Unter der Liste. $tested Vergleiche, $called hervorgehoben, $fdr die Falscherkennungsrate,
# $min die Mindestgröße einer Gruppe.
pack-hot-note = { $tested } Gruppen mit dem Rest des Portfolios verglichen, { $called } bei einer Falscherkennungsrate (FDR) von { $fdr } hervorgehoben; Gruppen mit weniger als { $min } Antworten bzw. Accounts werden nicht beurteilt.
pack-funnel-alt = Funnel-Plot für { $metric }: { $groups } Gruppen nach Größe, { $outside } außerhalb der Zufallsgrenzen.

## Veränderungen

pack-move-health-drops = Größte Rückgänge im Health Score
pack-move-health-drops-none = Bei keinem Kunden ist der Health Score diesen Monat gesunken.
pack-move-health-figure = −{ $points }
pack-move-health-now = Health Score aktuell { $health }
pack-move-at-risk = Gefährdete Verlängerungen (Health Score unter 40, Verlängerung binnen 90 Tagen)
pack-move-at-risk-none = Keine Verlängerung in den nächsten 90 Tagen ist gefährdet.
pack-move-at-risk-detail = Health Score { $health } · ARR { $arr }
pack-move-expansions = Größte Expansionen
pack-move-expansions-none = Bei keinem Kunden ist der ARR diesen Monat gestiegen.
pack-move-contractions = Größte Rückgänge und Abwanderungen
pack-move-contractions-none = Bei keinem Kunden ist der ARR diesen Monat gesunken.
pack-move-arr-now = ARR aktuell { $arr }
pack-move-churned = abgewandert
pack-move-detractors = Detraktoren zum Nachfassen
pack-move-detractors-none = Diesen Monat keine Antworten von Detraktoren.
pack-move-score = Bewertung { $score }
pack-move-more = und { $count } weitere

## Methodikseite

pack-define-achieving_value = Anteil der Kunden mit mindestens einem Ziel, dessen Messwert in den letzten 12 Monaten den Zielwert erreicht oder übertroffen hat, an den Kunden mit einem gemessenen Ziel (einem Ziel mit Messwert und einem Zielwert, der vom Ausgangswert abweicht). Kunden sind Accounts mit einem ARR über 0 am Monatsende.
pack-define-value_generated = Summe über alle Kunden: für jedes Ziel die Verbesserung vom Ausgangswert bis zum letzten Messwert, multipliziert mit dem mit dem Kunden vereinbarten Geldwert pro Einheit, in { $currency } zu den unten aufgeführten festen Kursen.
pack-define-time_to_value = Median über die Kunden der Tage vom Vertragsbeginn bis zum ersten Messwert eines beliebigen Ziels, der den Zielwert erreicht.
pack-define-goal_progress = Mittelwert von (letzter Messwert − Ausgangswert) ÷ (Zielwert − Ausgangswert) über die gemessenen Ziele, jeweils begrenzt auf 0 % bis 100 %.
pack-define-seat_utilization = Aktive Nutzer (je Produkt die Nutzerzahl der im Monat meistgenutzten Funktion) geteilt durch die erworbenen Lizenzen aus am Monatsende aktiven Lizenzverträgen, jeweils summiert über die Kunden, für die beides vorliegt.
pack-define-csat = Anteil der im Monat eröffneten und mit 1–5 bewerteten Support-Tickets, die mit 4 oder 5 bewertet wurden.
pack-define-escalations = Im Monat eröffnete Support-Tickets, die eskaliert wurden.
pack-define-nps = % Promotoren (9–10) − % Detraktoren (0–6) über die Antworten der letzten 12 Monate.
pack-define-arr = Wiederkehrender Umsatz am Monatsende, in { $currency } zu den unten aufgeführten festen Kursen.
pack-define-nrr = Stichtagsvergleich über die letzten 12 Monate: für die Kohorte der Kunden mit einem ARR über 0 zwölf Monate vor Monatsende ihr heutiger ARR geteilt durch ihren damaligen ARR. Neukunden gehören nicht zur Kohorte.
pack-define-grr = Wie die Nettoumsatzbindung, jedoch mit dem heutigen ARR jedes Kunden begrenzt auf seinen damaligen ARR.
pack-define-logo_churn = Anteil der Kunden aus der Kohorte der Umsatzbindung, die heute keinen ARR mehr haben.
pack-define-customers = Accounts mit einem ARR über 0 am Monatsende.
pack-define-renewals_due = Kunden, deren Verlängerungsdatum in die 90 Tage nach Monatsende fällt.
pack-define-hot-spots-term = Auffälligkeiten
pack-define-hot-spots = Jede Gruppe wird mit dem Rest des Portfolios verglichen, nicht mit einer Gesamtheit, die sie selbst enthält. NPS: Mittelwert von +1/0/−1 mit seiner Trinomialvarianz (p Promotoren + p Detraktoren − (p Promotoren − p Detraktoren)²); CSAT und erzielter Mehrwert: Score-Test für zwei Anteile, mit dem Wilson-Intervall der Gruppe; Health Score: Welch-Test für Mittelwerte. NPS und CSAT umfassen die letzten 12 Monate. Eine Gruppe wird nur dann als über oder unter dem Rest ausgewiesen, wenn das Benjamini-Hochberg-Verfahren die Falscherkennungsrate über alle Vergleiche des Reports auf { $fdr } begrenzt. Gruppen mit weniger als { $min } Antworten (NPS, CSAT) bzw. Accounts (erzielter Mehrwert, Health Score) werden grau dargestellt und nie hervorgehoben.
pack-define-currency-term = Währungen
pack-define-currency = Geldbeträge sind in { $currency } angegeben, umgerechnet mit einem einzigen festen Satz von Kursen für beide Enden jedes Vergleichs (konstante Wechselkurse), sodass eine Wechselkursbewegung nie als Expansion oder Abwanderung erscheint. Ein Account, für dessen Währung kein Kurs vorliegt, wird aufgeführt und bleibt bei allen Geldbeträgen unberücksichtigt; er wird nie unumgerechnet addiert.
pack-define-renewal-term = Gefährdete Verlängerungen
pack-define-renewal = Kunden mit einem Health Score unter 40, deren Verlängerungsdatum in die 90 Tage nach Monatsende fällt.
# Ein Wechselkurs. $source ist seine Herkunft (recap.toml, fx_rates oder „same currency“).
pack-rate = 1 { $code } = { $rate } { $currency } ({ $source })
pack-unconverted-list = Bei Geldbeträgen unberücksichtigt, kein Wechselkurs ({ $count }): { $names }.

## Die E-Mail, mit der der Report verschickt wird

# $title ist der Titel des Reports, $scope die Kunden, die er abdeckt.
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = Anbei erhalten Sie den Management-Report dieses Monats als PDF. Die wichtigsten Zahlen:
ui-pack-mail-footer = Gesendet von recap für { $company }. Jede Zahl ist auf der Methodikseite des Reports definiert.

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] Keine Verlängerung der nächsten 90 Tage ist gefährdet.
        [one] 1 Verlängerung der nächsten 90 Tage ist gefährdet (Health Score unter 40): { $arr } ARR.
       *[other] { $count } Verlängerungen der nächsten 90 Tage sind gefährdet (Health Score unter 40): { $arr } ARR.
    }
ui-pack-glance = Dieser Monat

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = ARR und Nutzung müssen den Monat des Reports erreichen; Tabellen mit Ereignissen (Tickets, NPS, Zielmessungen, Meilensteine) brauchen eines in den letzten drei Monaten. Ältere Tabellen werden auf Seite 1 gemeldet.

# Die Datenprüfungen der Methodikseite (`recap check`), eine je Art von Befund; $table ist die Tabelle.
pack-check-orphan_rows = Zeilen, deren account_id zu keinem Account passt: Schlüssel korrigieren oder Account anlegen
pack-check-unreadable_value = Werte, die recap nicht lesen kann (Datumsangaben müssen das Format YYYY-MM-DD haben)
pack-check-no_name = Accounts ohne Namen
pack-check-no_goals = Accounts ohne Ziele: nichts, woran sich der Mehrwert messen lässt
pack-check-no_contacts = Accounts ohne Kontakte: niemand, an den sich Dokumente senden lassen
pack-check-goal_without_measurements = nie gemessene Ziele: ihre Zielerreichung lautet „Keine Daten“
pack-check-goal_target_equals_baseline = Ziele, deren Zielwert dem Ausgangswert entspricht: Die Zielerreichung ist nicht definiert
pack-check-stale_arr = Accounts, deren ARR-Daten vor dem Monat des Reports enden
pack-check-stale_usage = Accounts, deren Nutzungsdaten vor dem Monat des Reports enden
pack-check-negative_arr = negativer ARR (nach Abwanderung 0 eintragen)
pack-check-negative_seats = negative Anzahl erworbener Lizenzen
pack-check-ends_before_start = Zeilen, die enden, bevor sie beginnen
pack-check-negative_usage = negative Zahl aktiver Nutzer oder Ereignisse
pack-check-nps_out_of_range = NPS-Bewertungen außerhalb von 0–10 (nicht im NPS berücksichtigt)
pack-check-csat_out_of_range = CSAT-Bewertungen außerhalb von 1–5 (nicht im CSAT berücksichtigt)
