## The monthly leadership pack (templates/pack.typ, templates/pack.html.tera and its email,
## templates/pack-mail.*.tera). Figures arrive formatted for the language. Plain, exact words:
## leaders challenge every number, so each says what it is over.
## Italian: leadership pack = report direzionale; hot spots = punti di attenzione;
## health = salute (indice di salute); seat = licenza; target = target.
##
## Variables of the `ui-pack-` labels: $month (the pack's month, "settembre 2026"), $company.

## Cover

# The document's title. $month is "settembre 2026".
pack-title = Report direzionale · { $month }
# Under the title: whose customers the pack covers.
pack-scope-all = Tutti i clienti
# $dimension is "CSM", "Segmento" or "Regione"; $group is its value.
pack-scope-group = { $dimension }: { $group }

ui-pack-success = Customer success
ui-pack-success-note = I clienti ottengono valore? Indicatori anticipatori.
ui-pack-business = Il business
ui-pack-business-note = Quanto vale. Indicatori ritardati.
ui-pack-warnings = Da leggere prima
ui-pack-progress = Avanzamento obiettivi, tutti gli obiettivi misurati
ui-pack-stages = Il percorso del cliente
ui-pack-stages-note = L'indicatore di ogni fase e il relativo responsabile.
ui-pack-hot = Punti di attenzione
ui-pack-hot-called = Gruppi che si discostano dal resto oltre il caso
ui-pack-hot-none = Questo mese nessun gruppo si discosta dal resto del portafoglio oltre il caso.
ui-pack-hot-table = Tutti i gruppi
ui-pack-hot-table-note = Grigio: risposte o account insufficienti per una valutazione. ▲ sopra il resto, ▼ sotto, oltre il caso.
ui-pack-funnel = Funnel plot
ui-pack-funnel-note = Ogni punto è un gruppo: il suo valore rispetto alla sua dimensione. All'interno dell'imbuto (limiti al 95% e al 99,8% attorno al portafoglio) lo scostamento di un gruppo rientra nel caso.
ui-pack-group = Gruppo
ui-pack-movement = Movimenti
ui-pack-trends = Andamenti, 12 mesi
ui-pack-method = Metodologia
ui-pack-definitions = Definizioni
ui-pack-freshness = Ultimi dati per tabella
ui-pack-checks = Controlli sui dati del mese
ui-pack-checks-none = recap check non ha rilevato problemi.
ui-pack-rates = Tassi di cambio (a cambi costanti)
ui-pack-page = Pagina
ui-pack-open-review = Apri il rapporto sul valore

## Figures

# The figure when there is nothing to compute it from. Never "0".
pack-no-data = Nessun dato
# A number of days.
pack-days =
    { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
# The change against last month. $change is signed ("+2 pt", "−40.000 €"); $month is last month's name.
pack-change = { $change } vs { $month }
pack-change-same = invariato vs { $month }
pack-change-none = nessun dato per { $month }
# A sparkline in words, for screen readers.
pack-spark-alt = { $metric } negli ultimi 12 mesi: da { $first } a { $last }, minimo { $low }, massimo { $high }.

pack-metric-achieving_value = Clienti che ottengono valore
pack-metric-value_generated = Valore generato
pack-metric-time_to_value = Time to value mediano
pack-metric-goal_progress = Avanzamento medio obiettivi
pack-metric-seat_utilization = Tasso di utilizzo licenze
pack-metric-csat = CSAT (valutazioni 4–5)
pack-metric-escalations = Escalation
pack-metric-nps = NPS, 12 mesi
pack-metric-arr = ARR
pack-metric-nrr = Retention netta ricavi (NRR)
pack-metric-grr = Retention lorda ricavi (GRR)
pack-metric-logo_churn = Churn clienti (logo)
pack-metric-customers = Clienti
pack-metric-renewals_due = Rinnovi entro 90 giorni

# What each figure is over ($n customers, responses, …).
pack-n-achieving_value = n = { $n } clienti con un obiettivo misurato
pack-n-value_generated = n = { $n } clienti con un obiettivo valorizzato
pack-n-time_to_value = n = { $n } clienti che hanno raggiunto un obiettivo
pack-n-goal_progress = n = { $n } obiettivi misurati
pack-n-seat_utilization = n = { $n } clienti con licenze e utilizzo
pack-n-csat = n = { $n } valutazioni nel mese
pack-n-escalations = su { $n } ticket aperti nel mese
pack-n-nps = n = { $n } risposte
pack-n-arr = n = { $n } clienti
pack-n-nrr = n = { $n } clienti un anno fa
pack-n-grr = n = { $n } clienti un anno fa
pack-n-logo_churn = n = { $n } clienti un anno fa
pack-n-customers = con ARR a fine mese
pack-n-renewals_due = su { $n } clienti

# Goal progress buckets.
pack-bucket-0 = sotto il 25%
pack-bucket-1 = 25–50%
pack-bucket-2 = 50–75%
pack-bucket-3 = 75–99%
pack-bucket-4 = raggiunto

## Warnings on page 1

# $table has no rows in the pack's month; $last is its latest date.
pack-warning-stale = { $table } non contiene dati successivi al { $last }: i relativi valori del mese mancano o non sono aggiornati.
# $table has no rows at all.
pack-warning-empty = { $table } non contiene dati: i relativi valori mancano.
pack-warning-unconverted = { $count ->
        [one] { $count } account fattura in una valuta senza tasso di cambio ({ $currencies }) ed è escluso da tutti i valori monetari.
       *[other] { $count } account fatturano in valute senza tasso di cambio ({ $currencies }) e sono esclusi da tutti i valori monetari.
    }

## Journey stages

pack-stage-onboarding = Onboarding
pack-stage-adoption = Adozione
pack-stage-value = Valore
pack-stage-renewal = Rinnovo
pack-stage-owner = Responsabile: { $owner }

## Hot spots

pack-dimension-segment = Segmento
pack-dimension-touch_model = Modello di servizio
pack-dimension-region = Regione
pack-dimension-industry = Settore
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = Valore ottenuto
pack-hot-health = Salute
# A group called out. $value and $rest are the group's figure and the rest's; $n responses or accounts.
pack-hot-line-hot = { $dimension } { $group }: { $metric } { $value }, sopra il resto del portafoglio ({ $rest }); n = { $n }.
pack-hot-line-cold = { $dimension } { $group }: { $metric } { $value }, sotto il resto del portafoglio ({ $rest }); n = { $n }.
# Under the list. $tested comparisons, $called called out, $fdr the false discovery rate, $min the minimum group size.
pack-hot-note = { $tested } gruppi confrontati con il resto del portafoglio, { $called } segnalati con un tasso di false scoperte (FDR) del { $fdr }; i gruppi con meno di { $min } risposte o account non vengono valutati.
pack-funnel-alt = Funnel plot di { $metric }: { $groups } gruppi per dimensione, { $outside } fuori dai limiti del caso.

## Movement

pack-move-health-drops = Maggiori cali di salute
pack-move-health-drops-none = Questo mese nessun cliente ha registrato un calo di salute.
pack-move-health-figure = −{ $points }
pack-move-health-now = salute attuale { $health }
pack-move-at-risk = Rinnovi a rischio (salute sotto 40, rinnovo entro 90 giorni)
pack-move-at-risk-none = Nessun rinnovo dei prossimi 90 giorni è a rischio.
pack-move-at-risk-detail = salute { $health } · ARR { $arr }
pack-move-expansions = Maggiori espansioni
pack-move-expansions-none = Questo mese l'ARR di nessun cliente è cresciuto.
pack-move-contractions = Maggiori contrazioni e abbandoni
pack-move-contractions-none = Questo mese l'ARR di nessun cliente è diminuito.
pack-move-arr-now = ARR attuale { $arr }
pack-move-churned = cliente perso
pack-move-detractors = Detrattori da ricontattare
pack-move-detractors-none = Nessuna risposta da detrattori questo mese.
pack-move-score = voto { $score }
pack-move-more = e altri { $count }

## Method page

pack-define-achieving_value = Clienti con almeno un obiettivo la cui misurazione ha raggiunto o superato il target negli ultimi 12 mesi, sul totale dei clienti con un obiettivo misurato (un obiettivo con una misurazione e un target diverso dal valore di partenza). I clienti sono gli account con ARR superiore a 0 a fine mese.
pack-define-value_generated = Somma, su tutti i clienti, del miglioramento di ciascun obiettivo dal valore di partenza all'ultima misurazione, moltiplicato per il valore economico unitario concordato con il cliente, in { $currency } ai tassi fissi indicati sotto.
pack-define-time_to_value = Mediana, sui clienti, dei giorni tra l'inizio del contratto e la prima misurazione di un qualsiasi obiettivo al suo target.
pack-define-goal_progress = Media di (ultima misurazione − valore di partenza) ÷ (target − valore di partenza) sugli obiettivi misurati, ciascuno limitato tra 0% e 100%.
pack-define-seat_utilization = Utenti attivi (per prodotto, gli utenti della funzionalità più usata nel mese) rapportati alle licenze acquistate con contratti attivi a fine mese, entrambi sommati sui clienti che hanno i due dati.
pack-define-csat = Quota dei ticket di supporto aperti nel mese e valutati da 1 a 5 che hanno ricevuto 4 o 5.
pack-define-escalations = Ticket di supporto aperti nel mese e sottoposti a escalation.
pack-define-nps = % promotori (9–10) − % detrattori (0–6) sulle risposte degli ultimi 12 mesi.
pack-define-arr = Ricavi ricorrenti a fine mese, in { $currency } ai tassi fissi indicati sotto.
pack-define-nrr = Da punto a punto, ultimi 12 mesi: per la coorte dei clienti con ARR superiore a 0 dodici mesi prima della fine del mese, il loro ARR attuale rapportato al loro ARR di allora. I nuovi clienti sono esclusi dalla coorte.
pack-define-grr = Come la retention netta dei ricavi, ma con l'ARR attuale di ciascun cliente limitato al suo ARR di allora.
pack-define-logo_churn = Quota della coorte di retention che oggi non ha più ARR.
pack-define-customers = Account con ARR superiore a 0 a fine mese.
pack-define-renewals_due = Clienti la cui data di rinnovo cade nei 90 giorni successivi alla fine del mese.
pack-define-hot-spots-term = Punti di attenzione
pack-define-hot-spots = Ogni gruppo è confrontato con il resto del portafoglio, non con un totale che lo include. NPS: media di +1/0/−1 con la sua varianza trinomiale (p promotori + p detrattori − (p promotori − p detrattori)²); CSAT e valore ottenuto: score test per due proporzioni, con l'intervallo di Wilson del gruppo; salute: test di Welch sulle medie. NPS e CSAT coprono gli ultimi 12 mesi. Un gruppo è segnalato sopra o sotto il resto solo quando la procedura di Benjamini-Hochberg mantiene il tasso di false scoperte al { $fdr } sull'insieme dei confronti del report. I gruppi con meno di { $min } risposte (NPS, CSAT) o account (valore ottenuto, salute) sono mostrati in grigio e mai segnalati.
pack-define-currency-term = Valute
pack-define-currency = Gli importi sono in { $currency } con un unico insieme di tassi fissi per entrambi gli estremi di ogni confronto (a cambi costanti), così una variazione dei cambi non appare mai come espansione o abbandono. Un account la cui valuta non ha un tasso è elencato ed escluso da tutti i valori monetari, mai sommato senza conversione.
pack-define-renewal-term = Rinnovi a rischio
pack-define-renewal = Clienti con un indice di salute inferiore a 40 la cui data di rinnovo cade nei 90 giorni successivi alla fine del mese.
# One exchange rate. $source is where it came from (recap.toml, fx_rates or "same currency").
pack-rate = 1 { $code } = { $rate } { $currency } ({ $source })
pack-unconverted-list = Esclusi dai valori monetari, senza tasso di cambio ({ $count }): { $names }.

## The email that carries the pack

# $title is the pack's title, $scope whose customers it covers.
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = In allegato trova il report direzionale di questo mese in formato PDF. I dati principali:
ui-pack-mail-footer = Inviato da recap per { $company }. Ogni dato è definito nella pagina di metodologia del report.

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] Nessun rinnovo dei prossimi 90 giorni è a rischio.
        [one] 1 rinnovo dei prossimi 90 giorni è a rischio (salute sotto 40): { $arr } di ARR.
       *[other] { $count } rinnovi dei prossimi 90 giorni sono a rischio (salute sotto 40): { $arr } di ARR.
    }
ui-pack-glance = Questo mese

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = ARR e utilizzo devono arrivare al mese del report; le tabelle di eventi (ticket, NPS, misurazioni degli obiettivi, milestone) ne richiedono uno negli ultimi tre mesi. Una tabella più vecchia è segnalata a pagina 1.

# The method page's data checks (`recap check`), one per kind of finding; $table is the table.
pack-check-orphan_rows = righe il cui account_id non corrisponde a nessun account: correggere la chiave o aggiungere l'account
pack-check-unreadable_value = valori che recap non riesce a leggere (le date devono essere nel formato YYYY-MM-DD)
pack-check-no_name = account senza nome
pack-check-no_goals = account senza obiettivi: niente su cui misurare il valore
pack-check-no_contacts = account senza contatti: nessuno a cui inviare i documenti
pack-check-goal_without_measurements = obiettivi mai misurati: il loro avanzamento risulta «Nessun dato»
pack-check-goal_target_equals_baseline = obiettivi con target uguale al valore di partenza: l'avanzamento non è definito
pack-check-stale_arr = account i cui dati ARR terminano prima del mese del report
pack-check-stale_usage = account i cui dati di utilizzo terminano prima del mese del report
pack-check-negative_arr = ARR negativo (inserire 0 dopo l'abbandono)
pack-check-negative_seats = numero negativo di licenze acquistate
pack-check-ends_before_start = righe che terminano prima di iniziare
pack-check-negative_usage = numero negativo di utenti attivi o eventi
pack-check-nps_out_of_range = punteggi NPS fuori da 0–10 (esclusi dall'NPS)
pack-check-csat_out_of_range = valutazioni CSAT fuori da 1–5 (escluse dal CSAT)
