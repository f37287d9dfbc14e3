## Revisão de valor: tickets de suporte e NPS.
## $period e $previous são nomes de períodos ("3T 2026").

# A variação de um índice desde um período anterior: "+6 desde 2T 2026".
change-since = { $change } desde { $period }

support-none = Nenhum ticket de suporte foi aberto em { $period }.

# $opened tickets em $period; $escalated deles escalados, $critical críticos (omitido
# quando 0), $closed encerrados.
support-tickets =
    { $opened ->
        [one] { $opened } ticket foi aberto
       *[other] { $opened } tickets foram abertos
    } em { $period } ({ $escalated ->
        [0] nenhum escalado
        [one] { $escalated } escalado
       *[other] { $escalated } escalados
    }{ $critical ->
        [0] {""}
        [one] {" "}e { $critical } crítico
       *[other] {" "}e { $critical } críticos
    }); { $closed ->
        [0] nenhum foi encerrado
        [one] { $closed } foi encerrado
       *[other] { $closed } foram encerrados
    }.

# A avaliação média dos tickets, de 1 a 5. $csat é um número formatado ("4,6").
support-csat = Em média, os tickets receberam nota { $csat } de 5 na avaliação do cliente.
support-csat-score = { $csat } / 5
# Sem avaliação. $why: no-tickets ou unrated.
support-csat-none =
    { $why ->
        [no-tickets] Sem tickets, não há avaliações de suporte.
       *[unrated] Nenhum ticket foi avaliado pelo cliente neste período.
    }

# Um mês no texto alternativo do gráfico de tickets: "4 em julho (1 escalado)".
support-chart-month =
    { $opened } em { $month }{ $escalated ->
        [0] {""}
        [one] {" "}({ $escalated } escalado)
       *[other] {" "}({ $escalated } escalados)
    }
support-chart-alt = Gráfico de barras dos tickets de suporte abertos por mês em { $period }: { $months }.

nps-none = Sem respostas de NPS neste período.

# NPS de $score com $responses respostas ($promoters, $passives, $detractors). $trend: up
# ou down (em relação a $previous em $period), same, ou none (sem respostas naquele período).
nps-score =
    O NPS é { $score }, com base em { $responses ->
        [one] { $responses } resposta
       *[other] { $responses } respostas
    } ({ $promoters ->
        [0] { $promoters } promotores
        [one] { $promoters } promotor
       *[other] { $promoters } promotores
    }, { $passives ->
        [0] { $passives } neutros
        [one] { $passives } neutro
       *[other] { $passives } neutros
    }, { $detractors ->
        [0] { $detractors } detratores
        [one] { $detractors } detrator
       *[other] { $detractors } detratores
    }){ $trend ->
        [up] , em alta em relação a { $period } ({ $previous })
        [down] , em queda em relação a { $period } ({ $previous })
        [same] , estável em relação a { $period }
       *[none] ; não houve respostas em { $period } para comparação
    }.

# Poucas respostas: uma ressalva depois do índice.
nps-caution =
    Com { $responses ->
        [one] apenas { $responses } resposta
       *[other] apenas { $responses } respostas
    }, o resultado é um indicativo, não uma medida.

# Quem escreveu um comentário quando o contato é desconhecido (nomes nunca são impressos).
nps-respondent = Respondente
nps-comment-score = { $score }/10
# Por que não há comentários. $why: no-responses ou no-comments.
nps-comments-missing =
    { $why ->
        [no-responses] Sem respostas de NPS neste período, portanto não há comentários.
       *[no-comments] Nenhum respondente deixou comentário neste período.
    }

# Um período no texto alternativo do gráfico de NPS: "3T 2026 +32 (12 respostas)".
nps-chart-period =
    { $scored ->
        [yes] { $period } { $score } ({ $responses ->
            [one] { $responses } resposta
           *[other] { $responses } respostas
        })
       *[no] { $period } sem respostas
    }
nps-chart-alt = Gráfico de linhas do NPS por período, em escala de −100 a +100: { $periods }.
nps-chart-missing = Não há gráfico de tendência do NPS: menos de dois dos últimos quatro períodos tiveram respostas.
