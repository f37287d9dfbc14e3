## O relatório executivo mensal (templates/pack.typ, templates/pack.html.tera e o seu e-mail,
## templates/pack-mail.*.tera). Os números chegam formatados para o idioma. Palavras simples e
## exatas: a liderança questiona cada número, por isso cada um diz sobre o que é calculado.
##
## Variáveis dos rótulos `ui-pack-`: $month (o mês do relatório, "setembro de 2026"), $company.

## Capa

# O título do documento. $month é "setembro de 2026".
pack-title = Relatório executivo · { $month }
# Abaixo do título: de quais clientes o relatório trata.
pack-scope-all = Todos os clientes
# $dimension é "CSM", "Segmento" ou "Região"; $group é o seu valor.
pack-scope-group = { $dimension }: { $group }

ui-pack-success = Sucesso do cliente
ui-pack-success-note = Os clientes estão obtendo valor? Indicadores de tendência.
ui-pack-business = O negócio
ui-pack-business-note = Quanto ele vale. Indicadores de resultado.
ui-pack-warnings = Leia primeiro
ui-pack-progress = Avanço dos objetivos, todos os objetivos medidos
ui-pack-stages = A jornada do cliente
ui-pack-stages-note = O indicador de cada etapa e o seu responsável.
ui-pack-hot = Pontos de atenção
ui-pack-hot-called = Grupos que diferem do restante além do acaso
ui-pack-hot-none = Neste mês, nenhum grupo difere do restante da carteira além do acaso.
ui-pack-hot-table = Todos os grupos
ui-pack-hot-table-note = Cinza: poucas respostas ou contas para avaliar. ▲ acima do restante, ▼ abaixo, além do acaso.
ui-pack-funnel = Gráficos de funil
ui-pack-funnel-note = Cada ponto é um grupo: o seu valor em relação ao seu tamanho. Dentro do funil (limites de 95% e 99,8% em torno da carteira), a diferença de um grupo está dentro do acaso.
ui-pack-group = Grupo
ui-pack-movement = Movimentações
ui-pack-trends = Tendências, 12 meses
ui-pack-method = Metodologia
ui-pack-definitions = Definições
ui-pack-freshness = Dados mais recentes por tabela
ui-pack-checks = Verificações de dados do mês
ui-pack-checks-none = recap check não encontrou problemas.
ui-pack-rates = Taxas de câmbio (moeda constante)
ui-pack-page = Página
ui-pack-open-review = Abrir a revisão de valor

## Números

# O número quando não há dados para calculá-lo. Nunca "0".
pack-no-data = Sem dados
# Um número de dias. Em português, 0 e 1 caem em "one"; o 0 tem a sua própria variante.
pack-days =
    { $days ->
        [0] { $days } dias
        [one] { $days } dia
       *[other] { $days } dias
    }
# A variação em relação ao mês anterior. $change tem sinal ("+2 p.p.", "−€ 40.000"); $month é o
# nome do mês anterior.
pack-change = { $change } vs. { $month }
pack-change-same = sem variação vs. { $month }
pack-change-none = sem dado de { $month }
# Um minigráfico em palavras, para leitores de tela.
pack-spark-alt = { $metric } em 12 meses: de { $first } a { $last }, mínimo { $low }, máximo { $high }.

pack-metric-achieving_value = Clientes obtendo valor
pack-metric-value_generated = Valor gerado
pack-metric-time_to_value = Tempo até valor (mediana)
pack-metric-goal_progress = Avanço médio dos objetivos
pack-metric-seat_utilization = Utilização de licenças
pack-metric-csat = CSAT (notas 4–5)
pack-metric-escalations = Tickets escalados
pack-metric-nps = NPS, 12 meses
pack-metric-arr = ARR
pack-metric-nrr = Retenção líquida de receita (NRR)
pack-metric-grr = Retenção bruta de receita (GRR)
pack-metric-logo_churn = Churn de clientes (logos)
pack-metric-customers = Clientes
pack-metric-renewals_due = Renovações em 90 dias

# Sobre o que cada número é calculado ($n clientes, respostas, …).
pack-n-achieving_value = n = { $n } clientes com objetivo medido
pack-n-value_generated = n = { $n } clientes com objetivo de valor monetário
pack-n-time_to_value = n = { $n } clientes que atingiram um objetivo
pack-n-goal_progress = n = { $n } objetivos medidos
pack-n-seat_utilization = n = { $n } clientes com licenças e uso
pack-n-csat = n = { $n } avaliações no mês
pack-n-escalations = de { $n } tickets abertos no mês
pack-n-nps = n = { $n } respostas
pack-n-arr = n = { $n } clientes
pack-n-nrr = n = { $n } clientes há um ano
pack-n-grr = n = { $n } clientes há um ano
pack-n-logo_churn = n = { $n } clientes há um ano
pack-n-customers = com ARR no fim do mês
pack-n-renewals_due = de { $n } clientes

# Faixas de avanço dos objetivos.
pack-bucket-0 = abaixo de 25%
pack-bucket-1 = 25–50%
pack-bucket-2 = 50–75%
pack-bucket-3 = 75–99%
pack-bucket-4 = atingido

## Avisos da página 1

# $table não tem linhas no mês do relatório; $last é a sua data mais recente.
pack-warning-stale = { $table } não tem dados posteriores a { $last }: os números que dependem dela estão ausentes ou desatualizados neste mês.
# $table não tem nenhuma linha.
pack-warning-empty = { $table } não tem dados: os números que dependem dela estão ausentes.
pack-warning-unconverted = { $count ->
        [one] { $count } conta é faturada em uma moeda sem taxa de câmbio ({ $currencies }) e fica de fora de todos os valores monetários.
       *[other] { $count } contas são faturadas em moedas sem taxa de câmbio ({ $currencies }) e ficam de fora de todos os valores monetários.
    }

## Etapas da jornada

pack-stage-onboarding = Onboarding
pack-stage-adoption = Adoção
pack-stage-value = Valor
pack-stage-renewal = Renovação
pack-stage-owner = Responsável: { $owner }

## Pontos de atenção

pack-dimension-segment = Segmento
pack-dimension-touch_model = Modelo de atendimento
pack-dimension-region = Região
pack-dimension-industry = Setor
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = Obtenção de valor
pack-hot-health = Saúde
# Um grupo destacado. $value e $rest são o número do grupo e o do restante; $n respostas ou contas.
pack-hot-line-hot = { $dimension } { $group }: { $metric } { $value }, acima do restante da carteira ({ $rest }); n = { $n }.
pack-hot-line-cold = { $dimension } { $group }: { $metric } { $value }, abaixo do restante da carteira ({ $rest }); n = { $n }.
# Abaixo da lista. $tested comparações, $called destacados, $fdr a taxa de falsas descobertas,
# $min o tamanho mínimo de um grupo.
pack-hot-note = { $tested } grupos comparados com o restante da carteira, { $called } destacados com uma taxa de falsas descobertas de { $fdr }; grupos com menos de { $min } respostas ou contas não são avaliados.
pack-funnel-alt = Gráfico de funil de { $metric }: { $groups } grupos por tamanho, { $outside } fora dos limites do acaso.

## Movimentações

pack-move-health-drops = Maiores quedas de saúde
pack-move-health-drops-none = Nenhum cliente teve queda de saúde neste mês.
pack-move-health-figure = −{ $points }
pack-move-health-now = saúde atual: { $health }
pack-move-at-risk = Renovações em risco (saúde abaixo de 40, renovação em até 90 dias)
pack-move-at-risk-none = Nenhuma renovação dos próximos 90 dias está em risco.
pack-move-at-risk-detail = saúde { $health } · ARR { $arr }
pack-move-expansions = Maiores expansões
pack-move-expansions-none = Nenhum cliente teve aumento de ARR neste mês.
pack-move-contractions = Maiores contrações e cancelamentos
pack-move-contractions-none = Nenhum cliente teve redução de ARR neste mês.
pack-move-arr-now = ARR atual: { $arr }
pack-move-churned = cancelado
pack-move-detractors = Detratores para acompanhamento
pack-move-detractors-none = Nenhuma resposta de detratores neste mês.
pack-move-score = nota { $score }
pack-move-more = e mais { $count }

## Página de metodologia

pack-define-achieving_value = Clientes com pelo menos um objetivo cuja medição atingiu ou superou a meta nos últimos 12 meses, sobre os clientes com objetivo medido (um objetivo com medição e com meta diferente da linha de base). Clientes são contas com ARR acima de 0 no fim do mês.
pack-define-value_generated = Soma, entre os clientes, da melhoria de cada objetivo da linha de base até a medição mais recente, multiplicada pelo valor monetário por unidade acordado com o cliente, em { $currency } às taxas fixas abaixo.
pack-define-time_to_value = Mediana, entre os clientes, dos dias entre o início do contrato e a primeira medição de qualquer objetivo na meta.
pack-define-goal_progress = Média de (mais recente − linha de base) ÷ (meta − linha de base) dos objetivos medidos, cada um limitado entre 0% e 100%.
pack-define-seat_utilization = Usuários ativos (por produto, os usuários da funcionalidade mais usada no mês) sobre as licenças contratadas em contratos ativos no fim do mês, ambos somados entre os clientes que têm os dois dados.
pack-define-csat = Proporção dos tickets de suporte abertos no mês e avaliados de 1 a 5 que receberam nota 4 ou 5.
pack-define-escalations = Tickets de suporte abertos no mês e escalados.
pack-define-nps = % de promotores (9–10) − % de detratores (0–6) sobre as respostas dos últimos 12 meses.
pack-define-arr = Receita recorrente no fim do mês, em { $currency } às taxas fixas abaixo.
pack-define-nrr = Ponto a ponto, últimos 12 meses: para a coorte de clientes com ARR acima de 0 doze meses antes do fim do mês, o ARR atual deles sobre o ARR que tinham então. Clientes novos ficam fora da coorte.
pack-define-grr = Como a retenção líquida de receita, mas com o ARR atual de cada cliente limitado ao ARR que tinha então.
pack-define-logo_churn = Proporção da coorte de retenção que hoje não tem ARR.
pack-define-customers = Contas com ARR acima de 0 no fim do mês.
pack-define-renewals_due = Clientes cuja data de renovação cai nos 90 dias seguintes ao fim do mês.
pack-define-hot-spots-term = Pontos de atenção
pack-define-hot-spots = Cada grupo é comparado com o restante da carteira, não com um total que o inclua. NPS: a média de +1/0/−1 com a sua variância trinomial (p promotores + p detratores − (p promotores − p detratores)²); CSAT e obtenção de valor: teste de score para duas proporções, com o intervalo de Wilson do grupo; saúde: teste de Welch para médias. NPS e CSAT abrangem os últimos 12 meses. Um grupo só é apontado acima ou abaixo do restante quando o procedimento de Benjamini-Hochberg mantém a taxa de falsas descobertas em { $fdr } no conjunto das comparações do relatório. Grupos com menos de { $min } respostas (NPS, CSAT) ou contas (obtenção de valor, saúde) aparecem em cinza e nunca são apontados.
pack-define-currency-term = Moedas
pack-define-currency = Os valores estão em { $currency }, com um único conjunto de taxas fixas para as duas pontas de cada comparação (moeda constante), de modo que uma variação cambial nunca aparece como expansão ou cancelamento. Uma conta cuja moeda não tem taxa é listada e fica de fora de todos os valores monetários; nunca é somada sem conversão.
pack-define-renewal-term = Renovações em risco
pack-define-renewal = Clientes com índice de saúde abaixo de 40 cuja data de renovação cai nos 90 dias seguintes ao fim do mês.
# Uma taxa de câmbio. $source é a sua origem (recap.toml, fx_rates ou "same currency").
pack-rate = 1 { $code } = { $rate } { $currency } ({ $source })
pack-unconverted-list = Fora dos valores monetários, sem taxa de câmbio ({ $count }): { $names }.

## O e-mail que leva o relatório

# $title é o título do relatório, $scope os clientes que ele abrange.
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = Segue em anexo, em PDF, o relatório executivo deste mês. Os principais números:
ui-pack-mail-footer = Enviado pelo recap para { $company }. Todos os números estão definidos na página de metodologia do relatório.

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] Nenhuma renovação dos próximos 90 dias está em risco.
        [one] 1 renovação dos próximos 90 dias está em risco (saúde abaixo de 40): { $arr } de ARR.
       *[other] { $count } renovações dos próximos 90 dias estão em risco (saúde abaixo de 40): { $arr } de ARR.
    }
ui-pack-glance = Este mês

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = O ARR e o uso devem chegar ao mês do relatório; as tabelas de eventos (tickets, NPS, medições de metas, marcos) precisam de um nos últimos três meses. Uma tabela mais antiga é sinalizada na página 1.

# As verificações de dados da página de metodologia (`recap check`), uma por tipo de constatação; $table é a tabela.
pack-check-orphan_rows = linhas cujo account_id não corresponde a nenhuma conta: corrigir a chave ou adicionar a conta
pack-check-unreadable_value = valores que o recap não consegue ler (as datas devem estar no formato YYYY-MM-DD)
pack-check-no_name = contas sem nome
pack-check-no_goals = contas sem objetivos: não há com o que medir o valor
pack-check-no_contacts = contas sem contatos: não há para quem enviar os documentos
pack-check-goal_without_measurements = objetivos nunca medidos: o avanço deles aparece como “Sem dados”
pack-check-goal_target_equals_baseline = objetivos cuja meta é igual à linha de base: o avanço fica indefinido
pack-check-stale_arr = contas cujos dados de ARR terminam antes do mês do relatório
pack-check-stale_usage = contas cujos dados de uso terminam antes do mês do relatório
pack-check-negative_arr = ARR negativo (registrar 0 após o cancelamento)
pack-check-negative_seats = número negativo de licenças contratadas
pack-check-ends_before_start = linhas que terminam antes de começar
pack-check-negative_usage = número negativo de usuários ativos ou eventos
pack-check-nps_out_of_range = notas de NPS fora de 0–10 (excluídas do NPS)
pack-check-csat_out_of_range = avaliações de CSAT fora de 1–5 (excluídas do CSAT)
