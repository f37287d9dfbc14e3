## Revisão de valor, Próximos passos: os objetivos propostos para o próximo período.
## $metric é a medida do objetivo, como os dados a nomeiam; LOWERFIRST($metric) põe a
## primeira letra em minúscula dentro de uma frase.

# Onde o objetivo está agora: o número mais recente e, quando $measured é yes, o $progress.
next-now =
    { $measured ->
        [yes] { $actual }, { $progress } do caminho
       *[no] { $actual }
    }

# O que propomos para um objetivo. $action:
#   renew: atingido; definir nova meta com $role (role-in-sentence);
#   carry-missed: não atingido; atingir $target até $next_end (o prazo era $due, quando
#     $dated é yes);
#   carry-measure: nunca medido; carry-retarget: a meta é igual à linha de base;
#   due: prazo no próximo período, até $due ($at_risk é yes quando está em risco agora);
#   carry-date: em risco e sem prazo.
next-action =
    { $action ->
        [renew] Atingido: definir a próxima meta para { LOWERFIRST($metric) } com { $role }.
        [carry-missed] Prorrogado: atingir { $target } até { $next_end } (prazo anterior: { $dated ->
            [yes] { $due }
           *[no] sem data
        }).
        [carry-measure] Prorrogado: começar a medir { LOWERFIRST($metric) } em relação à meta de { $target }.
        [carry-retarget] Prorrogado: definir para { LOWERFIRST($metric) } uma meta diferente da linha de base.
        [due] Prazo no próximo período: atingir { $target } até { $due }{ $at_risk ->
            [yes] , atualmente em risco
           *[no] {""}
        }.
       *[carry-date] Prorrogado: definir uma data para atingir { $target } e um plano para chegar lá.
    }

# Uma proposta na página 1: o título do objetivo e a ação.
next-proposal = { $title } — { LOWERFIRST($action) }

# Os títulos das três listas. $group: carried, due ou renew.
next-group =
    { $group ->
        [carried] Prorrogados
        [due] Prazo no próximo período
       *[renew] Atingidos: definir a próxima meta
    }

next-no-goals = Para { $period }, propomos definir com cada stakeholder objetivos com linha de base, meta e prazo.

# Uma parte do resumo: "2 objetivos prorrogados". $kind: carried, due ou renew.
next-summary-part =
    { $kind ->
        [carried] { $count ->
            [one] { $count } objetivo prorrogado
           *[other] { $count } objetivos prorrogados
        }
        [due] { $count ->
            [one] { $count } objetivo com prazo no período
           *[other] { $count } objetivos com prazo no período
        }
       *[renew] { $count ->
            [one] { $count } objetivo atingido e pronto para uma nova meta
           *[other] { $count } objetivos atingidos e prontos para uma nova meta
        }
    }

# "Para 4T 2026: 2 objetivos prorrogados e 1 objetivo com prazo no período." ($changes é
# yes quando $parts lista next-summary-part); caso contrário, nada precisa mudar.
next-summary =
    { $changes ->
        [yes] Para { $period }: { $parts }.
       *[no] Nenhum objetivo precisa de ajuste para { $period }.
    }

next-continuing =
    { $count ->
        [one] { $count } objetivo segue em andamento, com prazo posterior.
       *[other] { $count } objetivos seguem em andamento, com prazo posterior.
    }

# Nada a propor. $why: no-goals ou all-continue.
next-empty =
    { $why ->
        [no-goals] Ainda não há objetivos: o primeiro passo no próximo período é defini-los.
       *[all-continue] Todos os objetivos seguem até o prazo acordado; nada a prorrogar.
    }
