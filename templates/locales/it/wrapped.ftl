## Wrapped: l'anno in sintesi. Ogni card è un numero grande con una riga sotto; righe brevi,
## orgogliose e semplici. $year è un anno ("2026"); le cifre arrivano già formattate.

# La card di apertura, sotto il nome del cliente. $partial è yes quando il cliente è arrivato
# durante l'anno, a $joined (un mese).
wrapped-opening =
    { $partial ->
        [yes] Il vostro { $year } con noi, dal vostro arrivo a { $joined }
       *[no] Il vostro { $year } con noi
    }

# Sotto il valore economico generato dagli obiettivi.
wrapped-value = di valore misurabile generato nel { $year }

# Sotto il numero di obiettivi raggiunti quest'anno.
wrapped-goals =
    { $count ->
        [one] obiettivo raggiunto
       *[other] obiettivi raggiunti
    }

# Sotto il miglioramento maggiore (una percentuale) nell'indicatore del cliente $metric, passato
# da $from a $to.
wrapped-improvement = di miglioramento: { $metric } da { $from } a { $to }

# Sotto il numero di utenti attivi. $grew è yes quando sono cresciuti del $growth rispetto allo
# stesso mese dell'anno prima.
wrapped-users =
    { $grew ->
        [yes] { $count ->
            [one] persona lo usa ogni mese, il { $growth } in più rispetto a un anno fa
           *[other] persone lo usano ogni mese, il { $growth } in più rispetto a un anno fa
        }
       *[no] { $count ->
            [one] persona lo usa ogni mese
           *[other] persone lo usano ogni mese
        }
    }

# Una posizione rispetto a clienti simili, sotto la card degli utenti:
# "Top 4% dei clienti Mid-Market…".
wrapped-rank-growth = Top { $top } dei clienti { $segment } per crescita degli utenti attivi

# Sotto il nome della funzionalità più usata: $users al picco; $new funzionalità adottate per la
# prima volta.
wrapped-feature =
    la funzionalità più usata, da { $users ->
        [one] { $users } persona
       *[other] { $users } persone
    }{ $new ->
        [0] {""}
        [one] , e { $new } nuova funzionalità adottata
       *[other] , e { $new } nuove funzionalità adottate
    }

# Sotto il nome del mese più attivo.
wrapped-busiest =
    il vostro mese più attivo: { $events ->
        [one] { $events } azione
       *[other] { $events } azioni
    }

wrapped-milestones =
    { $count ->
        [one] milestone del success plan completata
       *[other] milestone del success plan completate
    }

# Sotto il numero di ticket di supporto risolti; $avoided urgenti sono stati risolti senza
# escalation.
wrapped-support =
    { $count ->
        [one] ticket di supporto risolto
       *[other] ticket di supporto risolti
    }{ $avoided ->
        [0] {""}
        [one] , di cui { $avoided } urgente senza escalation
       *[other] , di cui { $avoided } urgenti senza escalation
    }

# La card di chiusura: le parole grandi, poi l'obiettivo del prossimo anno ($goaled è yes quando
# c'è). $next è l'anno successivo.
wrapped-closing-big = Verso il { $next }
wrapped-closing =
    { $goaled ->
        [yes] Prossimo obiettivo: { $goal }. Pianifichiamolo insieme.
       *[no] Definiamo insieme gli obiettivi del prossimo anno.
    }

# The PDF's title.
wrapped-title = { $account }: il vostro { $year } con { $company }

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account }: il vostro { $year } con { $company }
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this. $role comes with its article ("il champion",
# "gli utenti finali"), so it follows "per" (no "a il"/"al" contraction).
wrapped-email-why = Questa email di { $company } è pensata per { $role } di { $account }.
ui-wrapped-email-cta = Prenotate la vostra review per il { $next }
ui-wrapped-email-share-heading = Condividete il vostro anno
ui-wrapped-email-pdf = Il vostro anno in PDF
ui-wrapped-email-image = L'immagine da condividere
ui-wrapped-email-unsubscribe = Annulla l'iscrizione
