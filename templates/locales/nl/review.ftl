## The value review as a whole: its title, who prepared it, and notes on the data.

# The PDF's title. $account is the customer's name, $period the period's name.
review-title = Waardereview: { $account }, { $period }

# Under the title. $named is yes when the account has a CSM ($csm); $company is the vendor.
review-prepared-by =
    { $named ->
        [yes] Opgesteld door { $csm }, { $company }
       *[no] Opgesteld door { $company }
    }

## Notes on what the data could not tell ("Over de gegevens").

# $table is a data table's name, $problem what was wrong, as recap found it (in English).
note-unreadable-rows = Enkele rijen van { $table } konden niet worden gelezen: { $problem }.
note-partly-valued = De waarde in geld omvat { $valued } van de { $measured } gemeten doelen; voor de overige is geen waarde per eenheid afgesproken, dus die staan in hun eigen meeteenheid.
note-no-usage = Voor { $month } is geen productgebruik geregistreerd.
note-no-nps = Voor deze klant zijn geen NPS-reacties geregistreerd.
