## Revisão de valor, página 1: os quatro indicadores de destaque.

# Nome do indicador. $tile: goals, adoption, health ou nps.
tile-label =
    { $tile ->
        [goals] Avanço dos objetivos
        [adoption] Licenças em uso
        [health] Saúde
       *[nps] NPS
    }

# O número em destaque quando não há dados.
tile-no-data = Sem dados

tile-goals-caption =
    { $achieved } de { $count ->
        [one] { $count } objetivo atingido
       *[other] { $count } objetivos atingidos
    }

# Sem progresso de objetivos. $why: no-goals, ou not-measured ($count objetivos sem medição).
tile-goals-empty-value =
    { $why ->
        [no-goals] Sem objetivos
       *[not-measured] Sem medição
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] nenhum definido ainda
       *[not-measured] { $count ->
            [one] { $count } objetivo sem medição
           *[other] { $count } objetivos sem medição
        }
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] Ainda não há objetivos definidos; defini-los é o primeiro passo para o próximo período.
       *[not-measured] Nenhum objetivo tem medição ainda, portanto não é possível mostrar o progresso.
    }

# $active e $seats são números formatados.
tile-adoption-caption = { $active } de { $seats } licenças
tile-adoption-empty-caption =
    { $seats ->
        [0] nenhuma licença contratada
        [one] { $seats } licença contratada
       *[other] { $seats } licenças contratadas
    }

# Abaixo do índice de saúde: a faixa e em quantos componentes ele se baseia ($all é yes
# quando todos os componentes têm dados).
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band } · de 0 a 100
           *[other] { $band } · com { $with_data } de { $total } componentes
        }
       *[no] nenhum componente tem dados
    }

tile-nps-none = Sem respostas
tile-nps-caption =
    { $responses ->
        [0] nenhuma neste período
        [one] { $responses } resposta
       *[other] { $responses } respostas
    }
