## La revisión de valor, página 1: los cuatro indicadores principales.

# Nombre del indicador. $tile: goals, adoption, health o nps.
tile-label =
    { $tile ->
        [goals] Avance de objetivos
        [adoption] Licencias en uso
        [health] Salud
       *[nps] NPS
    }

# La cifra grande cuando no hay ninguna.
tile-no-data = Sin datos

tile-goals-caption =
    { $achieved } de { $count ->
        [one] { $count } objetivo alcanzado
       *[other] { $count } objetivos alcanzados
    }

# Sin avance de objetivos. $why: no-goals, o not-measured ($count objetivos sin mediciones).
tile-goals-empty-value =
    { $why ->
        [no-goals] Sin objetivos
       *[not-measured] Sin medir
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] aún no se ha acordado ninguno
       *[not-measured] { $count ->
            [one] { $count } objetivo sin mediciones
           *[other] { $count } objetivos sin mediciones
        }
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] Aún no hay objetivos acordados; acordarlos es el primer paso para el próximo periodo.
       *[not-measured] Ningún objetivo tiene mediciones todavía, así que no se puede mostrar el avance.
    }

# $active y $seats son números formateados.
tile-adoption-caption = { $active } de { $seats } licencias en uso
tile-adoption-empty-caption =
    { $seats ->
        [0] sin licencias registradas
        [one] { $seats } licencia contratada
       *[other] { $seats } licencias contratadas
    }

# Bajo el índice de salud: su franja y en cuántos componentes se basa ($all es yes cuando
# todos los componentes tienen datos).
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band } · sobre 100
           *[other] { $band } · según { $with_data } de { $total } componentes
        }
       *[no] ningún componente tiene datos
    }

tile-nps-none = Sin respuestas
tile-nps-caption =
    { $responses ->
        [0] ninguna en este periodo
        [one] { $responses } respuesta
       *[other] { $responses } respuestas
    }
