## Revisão de valor, Entrega: o plano de sucesso.
## Os títulos dos marcos e os nomes dos responsáveis são os dos próprios dados.

# O lado do cliente como responsável por um marco (o lado do fornecedor é o nome do fornecedor).
plan-customer = Cliente

# Uma etapa do plano de sucesso. $name é uma etapa que o recap não conhece, tal como
# aparece nos dados.
plan-stage =
    { $stage ->
        [discovery] Descoberta
        [benchmark_goals] Benchmark e objetivos
        [plan] Plano
        [collaboration] Colaboração
        [success_dashboard] Painel de sucesso
       *[other] { $name }
    }

# A situação de um marco.
plan-state =
    { $state ->
        [done] Concluído
        [done_late] Concluído com atraso
        [late] Atrasado
       *[upcoming] Previsto
    }

# Quando, na linha do tempo. $done e $due são datas.
plan-when =
    { $when ->
        [done-after-due] Concluído em { $done } (prazo: { $due })
        [done] Concluído em { $done }
        [late] Pendente desde { $due }
        [due] Prazo: { $due }
       *[undated] Sem data definida
    }

plan-none = O plano de sucesso não tem marcos definidos.
plan-empty = O plano de sucesso não tem marcos definidos. Para o próximo período, propomos um plano com responsáveis dos dois lados.

# $done dos $due marcos com prazo até $date foram concluídos ($progress).
plan-progress =
    { $done } de { $due ->
        [one] { $due } marco com prazo até { $date }
       *[other] { $due } marcos com prazo até { $date }
    } { $done ->
        [0] foram concluídos
        [one] foi concluído
       *[other] foram concluídos
    } ({ $progress }).
plan-nothing-due = Nenhum marco tinha prazo até { $date }.
plan-one-late = Um está atrasado: { $title } ({ $owner }).
plan-many-late = { $count } estão atrasados.
plan-upcoming =
    { $count ->
        [one] { $count } marco está por vir.
       *[other] { $count } marcos estão por vir.
    }

# Abaixo da linha do tempo, quando marcos concluídos antes do período ficam ocultos.
plan-hidden =
    { $count ->
        [one] { $count } marco anterior, já concluído, não é exibido.
       *[other] { $count } marcos anteriores, todos concluídos, não são exibidos.
    }
