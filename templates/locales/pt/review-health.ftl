## Revisão de valor, Demonstração: o índice de saúde.

# $band: healthy, watch, at_risk ou no_data.
health-band =
    { $band ->
        [healthy] Saudável
        [watch] Em observação
        [at_risk] Em risco
       *[no_data] Sem dados
    }

# Os componentes do índice de saúde.
health-component =
    { $component ->
        [adoption] Adoção
        [goals] Avanço dos objetivos
        [success_plan] Plano de sucesso
        [support] Suporte
       *[sentiment] Satisfação (NPS)
    }

health-none = Não é possível calcular a saúde da conta: nenhum dos componentes tem dados.

# A saúde é $score de 100, na faixa $band. $trend: up ou down ($points desde $previous em
# $period), same, ou none (nada a comparar).
health-score =
    O índice de saúde está em { $score } de 100 ({ $band ->
        [healthy] saudável
        [watch] em observação
        [at_risk] em risco
       *[no_data] sem dados
    }){ $trend ->
        [up] , { $points ->
            [one] { $points } ponto
           *[other] { $points } pontos
        } a mais que em { $period } ({ $previous })
        [down] , { $points ->
            [one] { $points } ponto
           *[other] { $points } pontos
        } a menos que em { $period } ({ $previous })
        [same] , sem alteração em relação a { $period }
       *[none] {""}
    }.

# Só $with_data dos $total componentes têm dados.
health-partial = O índice considera { $with_data } dos { $total } componentes; os demais não têm dados.

# Em que se baseia o índice: em todos os componentes ($all é yes) ou em $with_data de $total.
health-basis =
    { $all ->
        [yes] Baseado em todos os { $total } componentes.
       *[other] Baseado em { $with_data } de { $total } componentes; os componentes sem dados ficam de fora e os pesos dos demais são redistribuídos.
    }

# Um componente sem dados não tem peso.
health-not-counted = não considerado
