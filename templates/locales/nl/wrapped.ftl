## Wrapped: the year in review. Each card is one big number and one line under it; keep the
## lines short, proud and plain. $year is a year ("2026"); figures arrive formatted.
## Register: "je", as in Dutch B2B SaaS marketing. The line continues from the big number
## printed above it ("€ 48.200" / "aan meetbare waarde geleverd in 2026").

# The opening card, under the customer's name. $partial is yes when they joined during the
# year, in $joined (a month).
wrapped-opening =
    { $partial ->
        [yes] Jouw { $year } met ons, sinds je start in { $joined }
       *[no] Jouw { $year } met ons
    }

# Under the money value the goals delivered.
wrapped-value = aan meetbare waarde geleverd in { $year }

# Under the number of goals reached this year.
wrapped-goals =
    { $count ->
        [one] doel heeft zijn streefwaarde gehaald
       *[other] doelen hebben hun streefwaarde gehaald
    }

# Under the biggest improvement (a percentage) in the customer's own measure $metric, which
# went from $from to $to.
wrapped-improvement = verbetering in { LOWERFIRST($metric) }: van { $from } naar { $to }

# Under the number of active users. $grew is yes when they grew by $growth against the same
# month a year before.
wrapped-users =
    { $grew ->
        [yes] { $count ->
            [one] persoon werkt er elke maand mee, { $growth } meer dan een jaar geleden
           *[other] mensen werken er elke maand mee, { $growth } meer dan een jaar geleden
        }
       *[no] { $count ->
            [one] persoon werkt er elke maand mee
           *[other] mensen werken er elke maand mee
        }
    }

# A rank among peers, under the users card: "Top 4% van de Mid-Market-klanten in groei van
# actieve gebruikers".
wrapped-rank-growth = Top { $top } van de { $segment }-klanten in groei van actieve gebruikers

# Under the most used feature's name: $users at its peak; $new features newly adopted.
wrapped-feature =
    meest gebruikt, door { $users ->
        [one] { $users } persoon
       *[other] { $users } mensen
    }{ $new ->
        [0] {""}
        [one] , en { $new } nieuwe functie in gebruik genomen
       *[other] , en { $new } nieuwe functies in gebruik genomen
    }

# Under the busiest month's name.
wrapped-busiest =
    je drukste maand: { $events ->
        [one] { $events } actie
       *[other] { $events } acties
    }

wrapped-milestones =
    { $count ->
        [one] mijlpaal van het succesplan afgerond
       *[other] mijlpalen van het succesplan afgerond
    }

# Under the number of support tickets resolved; $avoided urgent ones were solved without an
# escalation.
wrapped-support =
    { $count ->
        [one] supportticket opgelost
       *[other] supporttickets opgelost
    }{ $avoided ->
        [0] {""}
        [one] , waarvan { $avoided } urgent zonder escalatie
       *[other] , waarvan { $avoided } urgente zonder escalatie
    }

# The closing card: the big words, then next year's goal ($goaled is yes when there is one).
wrapped-closing-big = Op naar { $next }
wrapped-closing =
    { $goaled ->
        [yes] Volgend doel: { $goal }. Laten we het samen plannen.
       *[no] Laten we samen de doelen voor volgend jaar bepalen.
    }

# The PDF's title.
wrapped-title = { $account }: jouw { $year } met { $company }

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account }: jouw { $year } met { $company }
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this; $role is their role in a sentence ("de champion").
wrapped-email-why = Je ontvangt deze e-mail van { $company } als { $role } van { $account }.
ui-wrapped-email-cta = Boek je review voor { $next }
ui-wrapped-email-share-heading = Deel je jaar
ui-wrapped-email-pdf = Jouw jaar als pdf
ui-wrapped-email-image = De afbeelding om te delen
ui-wrapped-email-unsubscribe = Afmelden
