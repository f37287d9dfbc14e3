## The value review: support tickets and NPS.
## $period and $previous are period names ("Q3 2026"). Italian places them after "periodo"
## ("nel periodo Q3 2026"), which reads right for quarters, months, years and date ranges.

# A change of a score since an earlier period: "+6 vs Q2 2026".
change-since = { $change } vs { $period }

support-none = Nessun ticket di supporto aperto nel periodo { $period }.

# $opened tickets in $period, $escalated of them escalated, $critical critical (left out
# when 0), $closed closed.
support-tickets =
    { $opened ->
        [one] { $opened } ticket aperto
       *[other] { $opened } ticket aperti
    } nel periodo { $period } ({ $escalated ->
        [0] nessuno
       *[other] { $escalated }
    } con escalation{ $critical ->
        [0] {""}
        [one] {" "}e { $critical } critico
       *[other] {" "}e { $critical } critici
    }); { $closed ->
        [one] { $closed } chiuso
       *[other] { $closed } chiusi
    }.

# The average rating of tickets, out of 5. $csat is a formatted number ("4,6").
support-csat = In media i ticket hanno ricevuto dal cliente una valutazione di { $csat } su 5.
support-csat-score = { $csat } / 5
# No rating. $why: no-tickets or unrated.
support-csat-none =
    { $why ->
        [no-tickets] Senza ticket, non ci sono valutazioni del supporto.
       *[unrated] In questo periodo il cliente non ha valutato nessun ticket.
    }

# One month in the ticket chart's text alternative: "4 in luglio (1 con escalation)".
support-chart-month =
    { $month }: { $opened }{ $escalated ->
        [0] {""}
       *[other] {" "}({ $escalated } con escalation)
    }
support-chart-alt = Grafico a barre dei ticket di supporto aperti per mese nel periodo { $period }: { $months }.

nps-none = Nessuna risposta NPS in questo periodo.

# NPS is $score from $responses responses ($promoters, $passives, $detractors). $trend: up
# or down (from $previous in $period), same, or none (no responses then).
nps-score =
    L'NPS è { $score } sulla base di { $responses ->
        [one] { $responses } risposta
       *[other] { $responses } risposte
    } ({ $promoters ->
        [one] { $promoters } promotore
       *[other] { $promoters } promotori
    }, { $passives ->
        [one] { $passives } passivo
       *[other] { $passives } passivi
    }, { $detractors ->
        [one] { $detractors } detrattore
       *[other] { $detractors } detrattori
    }){ $trend ->
        [up] , in aumento rispetto a { $previous } nel periodo { $period }
        [down] , in calo rispetto a { $previous } nel periodo { $period }
        [same] , invariato rispetto al periodo { $period }
       *[none] ; nel periodo { $period } non ci sono state risposte con cui confrontarlo
    }.

# Few responses: a caution after the score.
nps-caution =
    Con { $responses ->
        [one] { $responses } sola risposta
       *[other] sole { $responses } risposte
    }, il dato è un'indicazione, non una misura.

# Who wrote a comment when the contact is unknown (names are never printed).
nps-respondent = Rispondente
nps-comment-score = { $score }/10
# Why there are no comments. $why: no-responses or no-comments.
nps-comments-missing =
    { $why ->
        [no-responses] Nessuna risposta NPS in questo periodo, quindi nessun commento.
       *[no-comments] In questo periodo nessun rispondente ha lasciato un commento.
    }

# One period in the NPS chart's text alternative: "Q3 2026 +32 (12 risposte)".
nps-chart-period =
    { $scored ->
        [yes] { $period } { $score } ({ $responses ->
            [one] { $responses } risposta
           *[other] { $responses } risposte
        })
       *[no] { $period } nessuna risposta
    }
nps-chart-alt = Grafico a linee dell'NPS per periodo, su una scala da −100 a +100: { $periods }.
nps-chart-missing = Il grafico dell'andamento NPS non è disponibile: meno di due degli ultimi quattro periodi hanno ricevuto risposte.
