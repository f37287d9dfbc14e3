## The value review as a whole: its title, who prepared it, and notes on the data.

# The PDF's title. $account is the customer's name, $period the period's name.
review-title = Rapporto sul valore: { $account }, { $period }

# Under the title. $named is yes when the account has a CSM ($csm); $company is the vendor.
review-prepared-by =
    { $named ->
        [yes] A cura di { $csm }, { $company }
       *[no] A cura di { $company }
    }

## Notes on what the data could not tell ("Note sui dati").

# $table is a data table's name, $problem what was wrong, as recap found it (in English).
note-unreadable-rows = Alcune righe di { $table } non sono leggibili: { $problem }.
note-partly-valued = Il valore economico copre { $valued } dei { $measured } obiettivi misurati; gli altri non hanno un valore unitario concordato e sono espressi nelle rispettive unità di misura.
note-no-usage = Nessun utilizzo del prodotto registrato a { $month }.
note-no-nps = Per questo account non risultano risposte al sondaggio NPS.
