## La revue de valeur, page 1 : la valeur apportée.

# Ce que la page 1 affiche en grand quand il n’y a pas de total monétaire. $state :
# own-measures ou not-measured.
value-headline =
    { $state ->
        [own-measures] Dans leurs propres unités
       *[not-measured] Pas encore mesurée
    }

# L’indicateur d’un objectif, de la valeur de référence à aujourd’hui : « 20 h → 14 h ».
value-measure = { $baseline } → { $actual }

value-not-measured = Aucun objectif n’a encore été mesuré : la valeur apportée ne peut donc pas être affichée.

# Aucun objectif n’a de valeur monétaire ; $count objectifs sont présentés dans leurs propres unités.
value-own-measures =
    Aucun objectif n’a de valeur monétaire convenue : la valeur est donc présentée ci-dessous { $count ->
        [one] dans son unité propre
       *[other] dans leurs propres unités
    }.

# $total est un montant, $date la fin de la période, $count les objectifs ayant une valeur monétaire.
value-delivered =
    { $total } de valeur mesurable apportée au { $date }, sur { $count ->
        [one] { $count } objectif assorti
       *[other] { $count } objectifs assortis
    } d’une valeur monétaire convenue.

value-below-baseline = Au { $date }, les objectifs assortis d’une valeur monétaire convenue sont en recul de { $total } par rapport à leur valeur de référence.
value-no-change = Au { $date }, les objectifs assortis d’une valeur monétaire convenue ne montrent aucune évolution par rapport à leur valeur de référence.

# Comment le montant est calculé (imprimé en dessous).
value-basis = Amélioration entre la valeur de référence de chaque objectif et sa dernière mesure au { $date } au plus tard, multipliée par la valeur unitaire convenue avec le client.
