## The value review as a whole: its title, who prepared it, and notes on the data.

# The PDF's title. $account is the customer's name, $period the period's name.
review-title = Value review: { $account }, { $period }

# Under the title. $named is yes when the account has a CSM ($csm); $company is the vendor.
review-prepared-by =
    { $named ->
        [yes] Prepared by { $csm }, { $company }
       *[no] Prepared by { $company }
    }

## Notes on what the data could not tell ("About the data").

# $table is a data table's name, $problem what was wrong, as recap found it (in English).
note-unreadable-rows = Some rows of { $table } could not be read: { $problem }.
note-partly-valued = Value in money covers { $valued } of { $measured } measured goals; the others have no agreed value per unit and are shown in their own measures.
note-no-usage = No product usage was recorded for { $month }.
note-no-nps = No NPS survey responses have been recorded for this account.
