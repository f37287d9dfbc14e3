## La revisión de valor, Entregar: el plan de éxito.
## Los títulos de los hitos y los nombres de los responsables son los de los datos.

# La parte del cliente como responsable de un hito (la del proveedor es su nombre).
plan-customer = Cliente

# Una etapa del plan de éxito. $name es una etapa que recap no conoce, tal como la escriben
# los datos.
plan-stage =
    { $stage ->
        [discovery] Descubrimiento
        [benchmark_goals] Benchmark y objetivos
        [plan] Plan
        [collaboration] Colaboración
        [success_dashboard] Panel de éxito
       *[other] { $name }
    }

# Situación de un hito.
plan-state =
    { $state ->
        [done] Completado
        [done_late] Completado con retraso
        [late] Con retraso
       *[upcoming] Próximo
    }

# Cuándo, en la línea de tiempo. $done y $due son fechas.
plan-when =
    { $when ->
        [done-after-due] Completado el { $done }; vencía el { $due }
        [done] Completado el { $done }
        [late] Vencía el { $due }; sin completar
        [due] Vence el { $due }
       *[undated] Sin fecha
    }

plan-none = No hay hitos del plan de éxito registrados.
plan-empty = No hay hitos del plan de éxito registrados. Para el próximo periodo se propone un plan con responsables en ambas partes.

# $done de los $due hitos que vencían hasta $date están completados ($progress).
plan-progress =
    { $done ->
        [one] Se completó
       *[other] Se completaron
    } { $done } de { $due ->
        [one] { $due } hito que vencía
       *[other] los { $due } hitos que vencían
    } hasta el { $date } ({ $progress }).
plan-nothing-due = Ningún hito vencía hasta el { $date }.
plan-one-late = Uno va con retraso: { $title } ({ $owner }).
plan-many-late = { $count } van con retraso.
plan-upcoming =
    { $count ->
        [one] Hay { $count } hito próximo.
       *[other] Hay { $count } hitos próximos.
    }

# Bajo la línea de tiempo, cuando se ocultan los hitos completados antes del periodo.
plan-hidden =
    { $count ->
        [one] No se muestra { $count } hito anterior, ya completado.
       *[other] No se muestran { $count } hitos anteriores, todos completados.
    }
