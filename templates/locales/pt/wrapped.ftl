## Wrapped: a retrospectiva do ano. Cada card tem um número grande e uma linha abaixo dele;
## linhas curtas, com orgulho e sem rodeios. $year é um ano ("2026"); os números chegam
## já formatados. A linha continua o número impresso acima ("R$ 48.200" / "em valor
## mensurável entregue em 2026"). Tratamento: você.

# O card de abertura, abaixo do nome do cliente. $partial é yes quando o cliente chegou
# durante o ano, em $joined (um mês).
wrapped-opening =
    { $partial ->
        [yes] Seu { $year } ao nosso lado, desde que chegou em { $joined }
       *[no] Seu { $year } ao nosso lado
    }

# Abaixo do valor em dinheiro gerado pelos objetivos.
wrapped-value = em valor mensurável entregue em { $year }

# Abaixo do número de objetivos que atingiram a meta neste ano.
wrapped-goals =
    { $count ->
        [one] objetivo atingiu a meta
       *[other] objetivos atingiram a meta
    }

# Abaixo da maior melhoria (uma porcentagem) na métrica do próprio cliente, $metric, que foi
# de $from para $to.
wrapped-improvement = de melhoria em { LOWERFIRST($metric) }: de { $from } para { $to }

# Abaixo do número de usuários ativos. $grew é yes quando cresceram $growth em relação ao
# mesmo mês do ano anterior.
wrapped-users =
    { $grew ->
        [yes] { $count ->
            [one] pessoa ativa todo mês, { $growth } a mais do que há um ano
           *[other] pessoas ativas todo mês, { $growth } a mais do que há um ano
        }
       *[no] { $count ->
            [one] pessoa ativa todo mês
           *[other] pessoas ativas todo mês
        }
    }

# Posição entre clientes semelhantes, no card de usuários: "Top 4% entre os clientes
# Mid-Market em crescimento de usuários ativos".
wrapped-rank-growth = Top { $top } entre os clientes { $segment } em crescimento de usuários ativos

# Abaixo do nome da funcionalidade mais usada: $users no pico; $new funcionalidades
# adotadas pela primeira vez.
wrapped-feature =
    a mais usada, por { $users ->
        [one] { $users } pessoa
       *[other] { $users } pessoas
    }{ $new ->
        [0] {""}
        [one] , e { $new } nova funcionalidade adotada
       *[other] , e { $new } novas funcionalidades adotadas
    }

# Abaixo do nome do mês mais movimentado.
wrapped-busiest =
    seu mês mais movimentado: { $events ->
        [one] { $events } ação
       *[other] { $events } ações
    }

wrapped-milestones =
    { $count ->
        [one] marco do plano de sucesso concluído
       *[other] marcos do plano de sucesso concluídos
    }

# Abaixo do número de tickets de suporte resolvidos; $avoided deles, urgentes, foram
# resolvidos sem escalar.
wrapped-support =
    { $count ->
        [one] ticket de suporte resolvido
       *[other] tickets de suporte resolvidos
    }{ $avoided ->
        [0] {""}
        [one] , { $avoided } urgente sem precisar escalar
       *[other] , { $avoided } urgentes sem precisar escalar
    }

# O card de encerramento: as palavras grandes e, abaixo, o objetivo do próximo ano
# ($goaled é yes quando há um).
wrapped-closing-big = Rumo a { $next }
wrapped-closing =
    { $goaled ->
        [yes] Próximo passo: { $goal }. Vamos planejar juntos.
       *[no] Vamos definir juntos os objetivos do próximo ano.
    }

# The PDF's title.
wrapped-title = { $account }: seu { $year } com { $company }

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account }: seu { $year } com { $company }
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this. $role comes with its article ("o champion"); "da conta"
# avoids guessing the gender of the customer's name ("da"/"do").
wrapped-email-why = Você recebe este e-mail de { $company } como { $role } da conta { $account }.
ui-wrapped-email-cta = Agende sua revisão de { $next }
ui-wrapped-email-share-heading = Compartilhe seu ano
ui-wrapped-email-pdf = Seu ano em PDF
ui-wrapped-email-image = A imagem para compartilhar
ui-wrapped-email-unsubscribe = Cancelar inscrição
