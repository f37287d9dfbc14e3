## The monthly leadership pack (templates/pack.typ, templates/pack.html.tera and its email,
## templates/pack-mail.*.tera). Figures arrive formatted for the language. Plain, exact words:
## leaders challenge every number, so each says what it is over.
## Dutch: leadership pack = managementrapportage; hot spots = uitschieters; account = klant;
## seat = licentie; target = streefwaarde; baseline = nulmeting; churn = opzegging.
##
## Variables of the `ui-pack-` labels: $month (the pack's month, "september 2026"), $company.

## Cover

# The document's title. $month is "september 2026".
pack-title = Managementrapportage · { $month }
# Under the title: whose customers the pack covers.
pack-scope-all = Alle klanten
# $dimension is "CSM", "Segment" or "Regio"; $group is its value.
pack-scope-group = { $dimension }: { $group }

ui-pack-success = Customer success
ui-pack-success-note = Realiseren klanten waarde? Voorlopende indicatoren.
ui-pack-business = De business
ui-pack-business-note = Wat het waard is. Achterlopende indicatoren.
ui-pack-warnings = Eerst lezen
ui-pack-progress = Voortgang doelen, alle gemeten doelen
ui-pack-stages = De klantreis
ui-pack-stages-note = De indicator van elke fase en wie er eigenaar van is.
ui-pack-hot = Uitschieters
ui-pack-hot-called = Groepen die meer dan toevallig afwijken van de rest
ui-pack-hot-none = Deze maand wijkt geen enkele groep meer dan toevallig af van de rest van de portefeuille.
ui-pack-hot-table = Alle groepen
ui-pack-hot-table-note = Grijs: te weinig reacties of klanten om te beoordelen. ▲ boven de rest, ▼ eronder, meer dan toevallig.
ui-pack-funnel = Funnelplots
ui-pack-funnel-note = Elke stip is een groep: de waarde ervan afgezet tegen de omvang. Binnen de trechter (grenzen van 95% en 99,8% rond de portefeuille) valt de afwijking van een groep binnen het toeval.
ui-pack-group = Groep
ui-pack-movement = Bewegingen
ui-pack-trends = Trends, 12 maanden
ui-pack-method = Methode
ui-pack-definitions = Definities
ui-pack-freshness = Meest recente gegevens per tabel
ui-pack-checks = Datacontroles van de maand
ui-pack-checks-none = recap check heeft geen problemen gevonden.
ui-pack-rates = Wisselkoersen (constante valuta)
ui-pack-page = Pagina
ui-pack-open-review = Open de waardereview

## Figures

# The figure when there is nothing to compute it from. Never "0".
pack-no-data = Geen gegevens
# A number of days.
pack-days =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
# The change against last month. $change is signed ("+2 pp", "−€ 40.000"); $month is last month's name.
pack-change = { $change } t.o.v. { $month }
pack-change-same = onveranderd t.o.v. { $month }
pack-change-none = geen cijfer voor { $month }
# A sparkline in words, for screen readers.
pack-spark-alt = { $metric } over 12 maanden: van { $first } naar { $last }, laagste { $low }, hoogste { $high }.

pack-metric-achieving_value = Klanten die waarde realiseren
pack-metric-value_generated = Gerealiseerde waarde
pack-metric-time_to_value = Mediane time-to-value
pack-metric-goal_progress = Gemiddelde voortgang doelen
pack-metric-seat_utilization = Licentiebenutting
pack-metric-csat = CSAT (score 4–5)
pack-metric-escalations = Escalaties
pack-metric-nps = NPS, 12 maanden
pack-metric-arr = ARR
pack-metric-nrr = Netto omzetretentie (NRR)
pack-metric-grr = Bruto omzetretentie (GRR)
pack-metric-logo_churn = Klantverloop (logo's)
pack-metric-customers = Klanten
pack-metric-renewals_due = Verlengingen binnen 90 dagen

# What each figure is over ($n customers, responses, …).
pack-n-achieving_value = n = { $n } klanten met een gemeten doel
pack-n-value_generated = n = { $n } klanten met een in geld gewaardeerd doel
pack-n-time_to_value = n = { $n } klanten die een doel behaalden
pack-n-goal_progress = n = { $n } gemeten doelen
pack-n-seat_utilization = n = { $n } klanten met licenties en gebruik
pack-n-csat = n = { $n } beoordelingen deze maand
pack-n-escalations = van { $n } deze maand geopende tickets
pack-n-nps = n = { $n } reacties
pack-n-arr = n = { $n } klanten
pack-n-nrr = n = { $n } klanten een jaar geleden
pack-n-grr = n = { $n } klanten een jaar geleden
pack-n-logo_churn = n = { $n } klanten een jaar geleden
pack-n-customers = met ARR aan het einde van de maand
pack-n-renewals_due = van { $n } klanten

# Goal progress buckets.
pack-bucket-0 = onder 25%
pack-bucket-1 = 25–50%
pack-bucket-2 = 50–75%
pack-bucket-3 = 75–99%
pack-bucket-4 = behaald

## Warnings on page 1

# $table has no rows in the pack's month; $last is its latest date.
pack-warning-stale = { $table } bevat geen gegevens na { $last }: de cijfers die erop steunen ontbreken deze maand of zijn verouderd.
# $table has no rows at all.
pack-warning-empty = { $table } bevat geen gegevens: de cijfers die erop steunen ontbreken.
pack-warning-unconverted = { $count ->
        [one] { $count } klant factureert in een valuta zonder wisselkoers ({ $currencies }) en blijft buiten alle geldbedragen.
       *[other] { $count } klanten factureren in valuta zonder wisselkoers ({ $currencies }) en blijven buiten alle geldbedragen.
    }

## Journey stages

pack-stage-onboarding = Onboarding
pack-stage-adoption = Adoptie
pack-stage-value = Waarde
pack-stage-renewal = Verlenging
pack-stage-owner = Eigenaar: { $owner }

## Hot spots

pack-dimension-segment = Segment
pack-dimension-touch_model = Servicemodel
pack-dimension-region = Regio
pack-dimension-industry = Branche
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = Waarde gerealiseerd
pack-hot-health = Gezondheid
# A group called out. $value and $rest are the group's figure and the rest's; $n responses or accounts.
pack-hot-line-hot = { $dimension } { $group }: { $metric } { $value }, boven de rest van de portefeuille ({ $rest }); n = { $n }.
pack-hot-line-cold = { $dimension } { $group }: { $metric } { $value }, onder de rest van de portefeuille ({ $rest }); n = { $n }.
# Under the list. $tested comparisons, $called called out, $fdr the false discovery rate, $min the minimum group size.
pack-hot-note = { $tested } groepen vergeleken met de rest van de portefeuille, { $called } gemarkeerd bij een false discovery rate van { $fdr }; groepen met minder dan { $min } reacties of klanten worden niet beoordeeld.
pack-funnel-alt = Funnelplot van { $metric }: { $groups } groepen naar omvang, { $outside } buiten de toevalsgrenzen.

## Movement

pack-move-health-drops = Grootste dalingen in gezondheid
pack-move-health-drops-none = Deze maand is de gezondheid van geen enkele klant gedaald.
pack-move-health-figure = −{ $points }
pack-move-health-now = gezondheid nu { $health }
pack-move-at-risk = Verlengingen met risico (gezondheid onder 40, verlenging binnen 90 dagen)
pack-move-at-risk-none = Geen enkele verlenging in de komende 90 dagen loopt risico.
pack-move-at-risk-detail = gezondheid { $health } · ARR { $arr }
pack-move-expansions = Grootste uitbreidingen
pack-move-expansions-none = Deze maand is de ARR van geen enkele klant gegroeid.
pack-move-contractions = Grootste krimp en opzeggingen
pack-move-contractions-none = Deze maand is de ARR van geen enkele klant gedaald.
pack-move-arr-now = ARR nu { $arr }
pack-move-churned = opgezegd
pack-move-detractors = Criticasters om op te volgen
pack-move-detractors-none = Deze maand geen reacties van criticasters.
pack-move-score = score { $score }
pack-move-more = en nog { $count }

## Method page

pack-define-achieving_value = Klanten met ten minste één doel waarvan een meting in de afgelopen 12 maanden de streefwaarde haalde of overtrof, gedeeld door de klanten met een gemeten doel (een doel met een meting en een streefwaarde die afwijkt van de nulmeting). Klanten zijn accounts met een ARR boven 0 aan het einde van de maand.
pack-define-value_generated = De som over alle klanten van de verbetering van elk doel vanaf de nulmeting tot de laatste meting, vermenigvuldigd met de met de klant afgesproken waarde in geld per eenheid, in { $currency } tegen de vaste koersen hieronder.
pack-define-time_to_value = De mediaan over klanten van het aantal dagen vanaf de start van het contract tot de eerste meting waarbij een doel, welk dan ook, de streefwaarde haalt.
pack-define-goal_progress = Het gemiddelde van (laatste meting − nulmeting) ÷ (streefwaarde − nulmeting) over de gemeten doelen, elk begrensd tussen 0% en 100%.
pack-define-seat_utilization = Actieve gebruikers (per product het aantal gebruikers van de meest gebruikte functie die maand) gedeeld door de aangeschafte licenties op contracten die aan het einde van de maand actief zijn, beide opgeteld over de klanten die allebei hebben.
pack-define-csat = Het aandeel van de in de maand geopende en met 1–5 beoordeelde supporttickets dat een 4 of 5 kreeg.
pack-define-escalations = Supporttickets die in de maand zijn geopend en geëscaleerd.
pack-define-nps = % promotors (9–10) − % criticasters (0–6) over de reacties van de afgelopen 12 maanden.
pack-define-arr = Terugkerende omzet aan het einde van de maand, in { $currency } tegen de vaste koersen hieronder.
pack-define-nrr = Van punt tot punt, afgelopen 12 maanden: voor het cohort van klanten met een ARR boven 0 twaalf maanden vóór het einde van de maand, hun huidige ARR gedeeld door hun ARR van toen. Nieuwe klanten vallen buiten het cohort.
pack-define-grr = Als de netto omzetretentie, maar met de huidige ARR van elke klant begrensd op diens ARR van toen.
pack-define-logo_churn = Het aandeel van het retentiecohort dat nu geen ARR meer heeft.
pack-define-customers = Accounts met een ARR boven 0 aan het einde van de maand.
pack-define-renewals_due = Klanten van wie de verlengingsdatum binnen 90 dagen na het einde van de maand valt.
pack-define-hot-spots-term = Uitschieters
pack-define-hot-spots = Elke groep wordt vergeleken met de rest van de portefeuille, niet met een totaal waarin de groep zelf zit. NPS: het gemiddelde van +1/0/−1 met de trinomiale variantie (p promotors + p criticasters − (p promotors − p criticasters)²); CSAT en waarde gerealiseerd: een scoretoets voor twee proporties, met het Wilson-interval van de groep; gezondheid: een Welch-toets voor gemiddelden. NPS en CSAT beslaan de afgelopen 12 maanden. Een groep wordt alleen boven of onder de rest gemarkeerd als de Benjamini-Hochberg-procedure de false discovery rate over alle vergelijkingen van de rapportage op { $fdr } houdt. Groepen met minder dan { $min } reacties (NPS, CSAT) of klanten (waarde gerealiseerd, gezondheid) worden grijs getoond en nooit gemarkeerd.
pack-define-currency-term = Valuta
pack-define-currency = Geldbedragen staan in { $currency } tegen één vaste set koersen voor beide kanten van elke vergelijking (constante valuta), zodat een koersbeweging nooit als uitbreiding of opzegging verschijnt. Een klant waarvan de valuta geen koers heeft, wordt vermeld en blijft buiten alle geldbedragen; de bedragen worden nooit onomgerekend opgeteld.
pack-define-renewal-term = Verlengingen met risico
pack-define-renewal = Klanten met een gezondheidsscore onder 40 van wie de verlengingsdatum binnen 90 dagen na het einde van de maand valt.
# One exchange rate. $source is where it came from (recap.toml, fx_rates or "same currency").
pack-rate = 1 { $code } = { $rate } { $currency } ({ $source })
pack-unconverted-list = Buiten de geldbedragen gelaten, geen wisselkoers ({ $count }): { $names }.

## The email that carries the pack

# $title is the pack's title, $scope whose customers it covers.
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = De managementrapportage van deze maand zit als pdf in de bijlage. De belangrijkste cijfers:
ui-pack-mail-footer = Verzonden door recap voor { $company }. Elk cijfer is gedefinieerd op de methodepagina van de rapportage.

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] Geen verlenging in de komende 90 dagen loopt risico.
        [one] 1 verlenging in de komende 90 dagen loopt risico (gezondheid onder 40): { $arr } ARR.
       *[other] { $count } verlengingen in de komende 90 dagen lopen risico (gezondheid onder 40): { $arr } ARR.
    }
ui-pack-glance = Deze maand

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = ARR en gebruik moeten tot de maand van de rapportage reiken; tabellen met gebeurtenissen (tickets, NPS, doelmetingen, mijlpalen) hebben er een nodig in de laatste drie maanden. Een oudere tabel wordt op pagina 1 gemeld.

# The method page's data checks (`recap check`), one per kind of finding; $table is the table.
pack-check-orphan_rows = rijen waarvan de account_id bij geen enkele klant hoort: corrigeer de sleutel of voeg de klant toe
pack-check-unreadable_value = waarden die recap niet kan lezen (datums moeten de vorm YYYY-MM-DD hebben)
pack-check-no_name = klanten zonder naam
pack-check-no_goals = klanten zonder doelen: niets om de waarde aan af te meten
pack-check-no_contacts = klanten zonder contactpersonen: niemand om documenten naar te sturen
pack-check-goal_without_measurements = doelen die nooit gemeten zijn: hun voortgang is “Geen gegevens”
pack-check-goal_target_equals_baseline = doelen waarvan de streefwaarde gelijk is aan de nulmeting: de voortgang is niet gedefinieerd
pack-check-stale_arr = klanten waarvan de ARR-gegevens vóór de maand van de rapportage eindigen
pack-check-stale_usage = klanten waarvan de gebruiksgegevens vóór de maand van de rapportage eindigen
pack-check-negative_arr = negatieve ARR (vul 0 in na opzegging)
pack-check-negative_seats = negatief aantal aangeschafte licenties
pack-check-ends_before_start = rijen die eindigen voordat ze beginnen
pack-check-negative_usage = negatieve aantallen actieve gebruikers of gebeurtenissen
pack-check-nps_out_of_range = NPS-scores buiten 0–10 (niet meegeteld in de NPS)
pack-check-csat_out_of_range = CSAT-beoordelingen buiten 1–5 (niet meegeteld in de CSAT)
