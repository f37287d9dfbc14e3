## La revisión de valor: objetivos por parte interesada y la frase sobre cada objetivo.
## Las cifras llegan formateadas para el idioma del lector; $metric, los títulos de los
## objetivos y las unidades son palabras del propio cliente y se imprimen tal cual.
## La métrica abre la frase seguida de dos puntos ("Tiempo de resolución: bajó un 38 %…"),
## porque no se le puede poner artículo sin conocer su género.

# Un objetivo aún sin medición.
goal-not-measured = { $metric }: aún no hay mediciones, así que no se puede mostrar el avance.

# Un objetivo cuya meta es igual a su valor inicial.
goal-target-is-baseline = { $metric }: está en { $actual }, pero su meta coincide con su valor inicial ({ $baseline }), así que no se puede medir el avance.

# Cuánto se movió la medida de un objetivo, como frase que goal-sentence coloca tras la
# métrica. $how: steady (se mantuvo), rose-pct / fell-pct (respecto al valor inicial: $pct),
# rose-points / fell-points (una medida en porcentaje: $points), rose / fell (de $baseline a
# $actual).
goal-moved =
    { $how ->
        [steady] se mantuvo en { $actual }
        [rose-pct] subió un { $pct }
        [fell-pct] bajó un { $pct }
        [rose-points] subió { $points }, hasta { $actual }
        [fell-points] bajó { $points }, hasta { $actual }
        [rose] subió de { $baseline } a { $actual }
       *[fell] bajó de { $baseline } a { $actual }
    }

# La meta como frase: relativa al valor inicial ("la meta del 30 %") o como cifra.
# Todas las frases de meta son femeninas, para que "prevista para el…" concuerde.
goal-target-relative = la meta del { $pct }
goal-target-absolute = la meta de { $target }
# La meta de la que se alejó un objetivo: "la reducción del 30 % fijada como meta"
# ($way: cut o rise).
goal-target-away =
    { $way ->
        [cut] la reducción del { $pct } fijada como meta
       *[rise] la subida del { $pct } fijada como meta
    }

# La frase sobre un objetivo. $status: achieved, on_track, at_risk_improving (avanza en la
# buena dirección, pero demasiado despacio), at_risk (se mueve en la dirección contraria),
# missed_improving, missed, no_data. $moved es goal-moved; $target y $away son las frases de
# arriba; $exactly es yes cuando la meta se cumplió exactamente; $dated es yes cuando el
# objetivo tiene fecha límite ($due); $valued es yes cuando la mejora tiene valor económico
# ($worth).
goal-sentence =
    { $status ->
        [achieved] { $metric }: { $moved }, { $exactly ->
                [yes] cumpliendo
               *[no] superando
            } { $target }{ $valued ->
                [yes] , con un valor de { $worth }
               *[no] {""}
            }.
        [on_track] { $metric }: { $moved }, en camino de cumplir { $target }{ $dated ->
                [yes] {" "}para el { $due }
               *[no] {""}
            }{ $valued ->
                [yes] , con un valor de { $worth }
               *[no] {""}
            }.
        [at_risk_improving] { $metric }: { $moved }, por debajo del ritmo necesario para alcanzar { $target }{ $dated ->
                [yes] {" "}prevista para el { $due }
               *[no] {""}
            } (en riesgo){ $valued ->
                [yes] , con un valor de { $worth }
               *[no] {""}
            }.
        [at_risk] { $metric }: { $moved }, alejándose de { $away }{ $dated ->
                [yes] {" "}para el { $due }
               *[no] {""}
            } (en riesgo).
        [missed_improving] { $metric }: { $moved }, sin llegar a { $target }{ $dated ->
                [yes] {" "}(fecha límite: { $due })
               *[no] {""}
            }{ $valued ->
                [yes] , con un valor de { $worth }
               *[no] {""}
            }.
        [missed] { $metric }: { $moved }, alejándose de { $away }{ $dated ->
                [yes] {" "}(fecha límite: { $due })
               *[no] {""}
            }.
       *[no_data] { $metric }: { $moved }; no se puede medir el avance.
    }

# La variación desde el valor inicial en la unidad del objetivo ($way: more, less o none):
# "6 h menos".
goal-improvement =
    { $way ->
        [more] { $amount } más
        [less] { $amount } menos
       *[none] sin cambios
    }

# En qué dirección debe moverse la medida de un objetivo.
goal-direction =
    { $direction ->
        [lower] Cuanto menor, mejor
       *[higher] Cuanto mayor, mejor
    }

# Lo que le importa a cada parte interesada, una línea bajo su nombre.
goals-focus =
    { $role ->
        [executive_sponsor] Resultados de negocio y retorno de la inversión
        [champion] Los objetivos del equipo
        [end_user] Ahorro de tiempo y facilidad de uso
       *[other] {""}
    }

goals-none = Aún no hay objetivos registrados para esta cuenta.
goals-empty = No hay objetivos registrados para esta cuenta. El primer paso para el próximo periodo es acordar con cada parte interesada objetivos con un valor inicial, una meta y una fecha.

# Una parte de la lista del resumen: "2 en buen camino". $status: on_track, at_risk, missed,
# no_data.
goals-summary-part =
    { $status ->
        [on_track] { $count } en buen camino
        [at_risk] { $count } en riesgo
        [missed] { $count ->
            [one] { $count } no alcanzado
           *[other] { $count } no alcanzados
        }
       *[no_data] { $count } aún sin medir
    }

# "2 de 4 objetivos alcanzados; 1 en buen camino y 1 en riesgo." $others es yes cuando $rest
# enumera los demás objetivos (goals-summary-part unidos en una lista).
goals-summary =
    { $achieved } de { $count ->
        [one] { $count } objetivo alcanzado
       *[other] { $count } objetivos alcanzados
    }{ $others ->
        [yes] ; { $rest }
       *[no] {""}
    }.

goals-average-progress = De media, los objetivos medidos han recorrido el { $progress } del camino hacia su meta.
