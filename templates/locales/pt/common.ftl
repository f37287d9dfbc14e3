## Termos comuns a todos os documentos: períodos, papéis dos stakeholders, status dos
## objetivos, números. Números, valores monetários e datas já chegam formatados para o
## idioma do leitor (CLDR); a mensagem apenas os posiciona. Edite à vontade: `recap review`
## lê estes arquivos a cada execução.

# Um trimestre. $quarter vai de 1 a 4; $year é um ano, como 2026 ("3T 2026").
period-quarter = { $quarter }T { $year }

# Um intervalo de dias que não é um mês, trimestre ou ano inteiro. $start e $end são datas.
period-range = { $start } – { $end }

# O papel de um stakeholder, como rótulo. $role é uma das chaves abaixo; $name é um papel
# que o recap não conhece, tal como aparece nos dados.
role =
    { $role ->
        [executive_sponsor] Patrocinador executivo
        [champion] Champion
        [end_user] Usuários finais
        [admin] Administrador
        [unassigned] Não atribuído
       *[other] { $name }
    }

# O mesmo papel dentro de uma frase: "…definir a próxima meta com o patrocinador executivo".
role-in-sentence =
    { $role ->
        [executive_sponsor] o patrocinador executivo
        [champion] o champion
        [end_user] os usuários finais
        [admin] o administrador
        [unassigned] a equipe
       *[other] { $name }
    }

# A situação de um objetivo.
goal-status =
    { $status ->
        [achieved] Atingido
        [on_track] Dentro do previsto
        [at_risk] Em risco
        [missed] Não atingido
       *[no_data] Sem dados
    }

# Um número em pontos percentuais. $value já vem formatado; $count é o mesmo número, para o
# plural.
quantity-points =
    { $count ->
        [one] { $value } p.p.
       *[other] { $value } p.p.
    }

# Mais nomes do que cabem: "Dana Whitfield e Lee Park, e mais 3". $names já chega unido
# como lista ("Dana Whitfield e Lee Park").
names-and-more = { $names }, e mais { $more }

# O que separa duas frases de um mesmo parágrafo (um espaço).
sentence-gap = {" "}

# Uma variação em pontos percentuais dentro de uma frase e na coluna de variação:
# "subiu 24 p.p.", "4,5 p.p. a mais" (a forma por extenso não cabe na tabela).
points-words =
    { $count ->
        [one] { $value } p.p.
       *[other] { $value } p.p.
    }
