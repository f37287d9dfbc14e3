## La revisión de valor, Próximos pasos: los objetivos propuestos para el próximo periodo.
## $metric es la medida del objetivo tal como la nombran los datos; LOWERFIRST($metric) pone
## su primera letra en minúscula dentro de una frase.

# Dónde está ahora un objetivo: su última cifra y, cuando $measured es yes, su avance ($progress).
next-now =
    { $measured ->
        [yes] { $actual }, al { $progress } del camino
       *[no] { $actual }
    }

# Lo que proponemos para un objetivo. $action:
#   renew: alcanzado; acordar una nueva meta con $role (role-in-sentence);
#   carry-missed: no alcanzado; llegar a $target para el $next_end (vencía el $due, cuando
#     $dated es yes);
#   carry-measure: nunca medido; carry-retarget: su meta es igual a su valor inicial;
#   due: vence en el próximo periodo, el $due ($at_risk es yes cuando ahora está en riesgo);
#   carry-date: en riesgo y sin fecha límite.
next-action =
    { $action ->
        [renew] Alcanzado: acordar la próxima meta de { LOWERFIRST($metric) } con { $role }.
        [carry-missed] Se traslada: alcanzar { $target } para el { $next_end } ({ $dated ->
            [yes] vencía el { $due }
           *[no] no tenía fecha
        }).
        [carry-measure] Se traslada: empezar a medir el indicador de { LOWERFIRST($metric) } frente a la meta de { $target }.
        [carry-retarget] Se traslada: acordar una meta de { LOWERFIRST($metric) } distinta de su valor inicial.
        [due] Vence en el próximo periodo: alcanzar { $target } para el { $due }{ $at_risk ->
            [yes] ; ahora está en riesgo
           *[no] {""}
        }.
       *[carry-date] Se traslada: fijar una fecha para alcanzar { $target } y un plan para lograrlo.
    }

# Una propuesta en la página 1: el título del objetivo y, después, su acción.
next-proposal = { $title } — { LOWERFIRST($action) }

# Los encabezados de las tres listas. $group: carried, due o renew.
next-group =
    { $group ->
        [carried] Se trasladan
        [due] Vencen en el próximo periodo
       *[renew] Alcanzados: acordar la próxima meta
    }

next-no-goals = Para { $period }, proponemos acordar con cada parte interesada objetivos con un valor inicial, una meta y una fecha.

# Una parte del resumen: "2 objetivos trasladados". $kind: carried, due o renew.
next-summary-part =
    { $kind ->
        [carried] { $count ->
            [one] { $count } objetivo trasladado
           *[other] { $count } objetivos trasladados
        }
        [due] { $count ->
            [one] { $count } objetivo que vence
           *[other] { $count } objetivos que vencen
        }
       *[renew] { $count ->
            [one] { $count } objetivo alcanzado y listo para una nueva meta
           *[other] { $count } objetivos alcanzados y listos para una nueva meta
        }
    }

# "Para T4 2026: 2 objetivos trasladados y 1 objetivo que vence." ($changes es yes cuando
# $parts enumera next-summary-part); si no, nada necesita cambios.
next-summary =
    { $changes ->
        [yes] Para { $period }: { $parts }.
       *[no] Para { $period }, ningún objetivo necesita cambios.
    }

next-continuing =
    { $count ->
        [one] { $count } objetivo sigue en curso, con vencimiento posterior.
       *[other] { $count } objetivos siguen en curso, con vencimiento posterior.
    }

# Nada que proponer. $why: no-goals o all-continue.
next-empty =
    { $why ->
        [no-goals] Aún no hay objetivos: el primer paso del próximo periodo es acordarlos.
       *[all-continue] Todos los objetivos siguen en curso hasta su fecha acordada; no hay nada que trasladar.
    }
