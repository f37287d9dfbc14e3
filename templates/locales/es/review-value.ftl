## La revisión de valor, página 1: el valor aportado.

# Lo que la página 1 muestra en grande cuando no hay un total en dinero. $state: own-measures
# o not-measured.
value-headline =
    { $state ->
        [own-measures] En sus propias unidades
       *[not-measured] Aún sin medir
    }

# La medida de un objetivo desde el valor inicial hasta ahora: "20 h → 14 h".
value-measure = { $baseline } → { $actual }

value-not-measured = Aún no se ha medido ningún objetivo, así que no se puede mostrar el valor aportado.

# Ningún objetivo tiene valor económico; $count objetivos se muestran en sus propias unidades.
value-own-measures =
    Ningún objetivo tiene un valor económico acordado, así que el valor se muestra abajo en { $count ->
        [one] su propia unidad
       *[other] sus propias unidades
    }.

# $total es dinero, $date el final del periodo, $count los objetivos con valor económico.
value-delivered =
    { $total } de valor medible aportado hasta el { $date }, a partir de { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    } con un valor económico acordado.

value-below-baseline = Al { $date }, los objetivos con un valor económico acordado están { $total } por debajo de su valor inicial.
value-no-change = Al { $date }, los objetivos con un valor económico acordado no muestran cambios respecto a su valor inicial.

# Cómo se calcula la cifra en dinero (se imprime debajo).
value-basis = Mejora de cada objetivo desde su valor inicial hasta su última medición disponible al { $date }, multiplicada por el valor por unidad acordado con el cliente.
