## A ficha da chamada: uma página que um CSM lê antes de falar com um cliente (recap brief).
## Números, datas e valores chegam já formatados para o idioma (CLDR); uma mensagem apenas
## os coloca. Cada linha de uma lista tem de caber numa linha da sua coluna.

brief-title = Ficha da chamada: { $account }
brief-heading = Ficha da chamada
brief-subtitle = { $id } · em { $date } · alterações desde { $since }

brief-cell-arr = ARR
brief-cell-renewal = Renovação
brief-cell-contract = Início do contrato
brief-cell-segment = Segmento
brief-cell-touch = Modelo de atendimento
brief-cell-csm = CSM
brief-arr-none = Sem dados de ARR
brief-not-recorded = Não registado
brief-renewal-days =
    { $when ->
        [today] hoje
        [past] há { $days ->
            [one] { $days } dia
           *[other] { $days } dias
        }
       *[future] daqui a { $days ->
            [one] { $days } dia
           *[other] { $days } dias
        }
    }
brief-no-data = sem dados

brief-health-heading = Saúde
brief-health-previous = Há um trimestre: { $score }
brief-health-component = { $component }: { $now } (há um trimestre: { $before })
brief-health-moved =
    { $component } { $direction ->
        [up] subiu
       *[down] desceu
    } de { $from } para { $to } desde { $date }.
brief-health-escalations =
    { $escalations ->
        [one] { $escalations } escalonamento
       *[other] { $escalations } escalonamentos
    } em { $opened ->
        [one] { $opened } ticket
       *[other] { $opened } tickets
    } neste trimestre.
brief-health-steady = Nenhuma componente mudou desde { $date }.
brief-health-no-comparison = Sem comparação: a saúde de há um trimestre não tem dados.

brief-points-heading = Pontos a abordar
brief-points-none = Nenhum ponto: nenhuma das regras do rodapé se aplica a esta conta.
brief-someone = Um contacto
brief-point-renewal = Renovação daqui a { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } ({ $date }) com a saúde em { $health }: perguntar o que os impede de renovar.
brief-point-detractor =
    { $who } deu um NPS de { $score } em { $date }{ $commented ->
        [yes] : «{ $comment }»
       *[no] .
    }
brief-point-health = A saúde desceu de { $from } para { $to } desde { $date }: descobrir o que mudou para eles.
brief-point-shelfware = { $seats ->
        [one] { $seats } licença paga está por usar
       *[other] { $seats } licenças pagas estão por usar
    }, no valor de { $value } ({ $share } do ARR): planear a adoção antes da conversa de renovação.
brief-point-goal = «{ $goal }» atingiu a meta em { $date } ({ $actual } face a { $target }): celebrar com eles.

brief-changed-heading = O que mudou desde { $date }
brief-changed-tickets =
    { $opened ->
        [0] Nenhum ticket aberto
        [one] { $opened } ticket aberto
       *[other] { $opened } tickets abertos
    }{ $escalated ->
        [0] {""}
        [one] , { $escalated } escalonado
       *[other] , { $escalated } escalonados
    }
brief-changed-nps =
    { $responses ->
        [one] { $responses } resposta NPS
       *[other] { $responses } respostas NPS
    }: NPS { $score }, { $detractors ->
        [one] { $detractors } detrator
       *[other] { $detractors } detratores
    }
brief-changed-no-nps = Sem respostas NPS
brief-changed-quote = { $who } ({ $score }): «{ $comment }»
brief-changed-arr = ARR { $from } → { $to } em { $month }
brief-changed-seats = Licenças compradas { $from } → { $to }
brief-changed-late = Marco agora atrasado: { $title } (previsto para { $date })
brief-changed-done = Marco concluído: { $title } ({ $date })
brief-changed-measured = { $goal }: { $value } em { $date }

brief-severity =
    { $severity ->
        [critical] Crítica
        [high] Alta
        [normal] Normal
        [low] Baixa
       *[other] { $name }
    }
brief-tickets-heading = Tickets abertos ({ $count })
brief-ticket = { $severity } · { $id } · aberto há { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }{ $escalated ->
        [yes] {" "}· escalonado
       *[no] {""}
    }
brief-tickets-none = Nenhum ticket aberto.
brief-late-heading = Marcos atrasados ({ $count })
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] o cliente
            [vendor] nós
           *[other] sem responsável
        }
    } · previsto para { $date } ({ $days ->
        [one] { $days } dia de atraso
       *[other] { $days } dias de atraso
    })
brief-late-none = Nenhum marco atrasado.
brief-off-track-heading = Metas fora do rumo ({ $count })
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] {" "}até { $date }
       *[no] {""}
    }
brief-off-track-none = Nenhuma meta fora do rumo.
brief-goals-none = Nenhuma meta registada.

brief-people-heading = Quem é quem ({ $count })
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· cancelou a subscrição: não enviar
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = Nenhum contacto registado.

brief-and-more = e mais { $count }

brief-rules = Pontos a abordar, um por regra: renovação dentro de { $days } dias com a saúde abaixo de { $health }; um detrator (NPS de { $detractor } ou menos) desde { $since }; saúde { $drop } pontos ou mais abaixo num trimestre; licenças por usar no valor de mais de { $share } do ARR; uma meta atingida desde { $since }. A saúde é a pontuação da revisão de valor; os dados não registam o acompanhamento dos detratores.

ui-brief-out-of = de 100
ui-brief-open-heading = O que está em aberto
