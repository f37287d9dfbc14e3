### Títulos e rótulos que os próprios modelos da revisão imprimem (templates/review.typ para
### o PDF, templates/review.html.tera para a página HTML); frases e números vêm com os
### dados. Cada mensagem `ui-` é `labels.<id sem ui-, com - trocado por _>` nos modelos:
### `ui-goals-heading` é `labels.goals_heading`.
###
### Variáveis, todas já formatadas para o idioma:
###   $period    o período da revisão ("3T 2026")
###   $previous  o período anterior ("2T 2026")
###   $next      o período seguinte ("4T 2026")
###   $month     o mês em que licenças e funcionalidades são contadas ("setembro de 2026")
###   $renewal   a data de renovação ("30/09/2026"), vazia quando não há
###   $account   o nome do cliente
###   $company   o nome do fornecedor
###   $csm       o nome do gerente de sucesso do cliente (CSM), ou vazio

## Capa e cabeçalhos/rodapés

# Ao lado do nome ou logotipo do fornecedor, no topo da página 1.
ui-document-type = Revisão executiva de valor
# Acima do nome do cliente na página 1; também no rodapé, depois do nome do fornecedor.
ui-review-period = Revisão de valor · { $period }
# Na linha da capa, só quando o contrato tem data de renovação.
ui-cover-renews = Renovação em { $renewal }
# No rodapé da página HTML, antes do identificador da conta: "Conta ACME-001".
ui-footer-account = Conta

## Página 1: resumo

# Título do resumo da página 1 (na página HTML; o PDF não tem).
ui-summary-heading = Resumo
# Acima dos resultados dos objetivos nas unidades do próprio cliente; também aparece em
# destaque quando nenhum objetivo tem valor monetário acordado.
ui-own-measures = Em unidades próprias
ui-next-summary-heading = Proposta para { $next }
ui-health-strip-heading = Saúde por componente
# Antes da participação de um componente no índice de saúde: "peso 30%".
ui-health-weight = peso
# Um número que não pôde ser medido (componentes de saúde).
ui-no-data = sem dados
ui-notes-heading = Sobre os dados
# Slide 2 da apresentação.
ui-glance-eyebrow = Visão geral
ui-glance-heading = Balanço de { $period }

## Sobretítulos de seção: as pequenas maiúsculas acima do título de cada parte

ui-define-eyebrow = Definição
ui-deliver-eyebrow = Entrega
ui-sentiment-eyebrow = Suporte e satisfação
ui-demonstrate-next-eyebrow = Demonstração e próximos passos
# Os slides da apresentação dividem "Demonstração e próximos passos" em dois.
ui-demonstrate-eyebrow = Demonstração
ui-next-eyebrow = Próximos passos

## Colunas das tabelas

ui-column-goal = Objetivo
ui-column-baseline = Linha de base
ui-column-target = Meta
ui-column-now = Atual
ui-column-progress = Progresso
ui-column-status = Status
ui-column-stakeholder = Stakeholder
# A medida antes e agora: "20 h → 14 h".
ui-column-measure = Inicial → atual
ui-column-change = Variação
ui-column-value = Valor
# A linha do total monetário, em telas pequenas.
ui-column-total = Total

## Definição: objetivos por stakeholder

ui-goals-heading = Objetivos por stakeholder
# Na coluna de progresso de um objetivo sem medição.
ui-goal-not-measured = sem medição
# Antes da data-limite de um objetivo: "até 30/09/2026".
ui-goal-due = até

## Entrega: adoção e plano de sucesso

# Título do gráfico de licenças no PDF.
ui-adoption-heading = Adoção
# Título da parte inteira na página HTML.
ui-deliver-heading = Adoção e plano de sucesso
ui-features-heading = Adoção de funcionalidades em { $month }
# Licenças pagas e não usadas.
ui-shelfware-heading = Licenças ociosas
# Depois do custo anual das licenças sem uso: "R$ 4.800 por ano".
ui-shelfware-per-year = por ano
# Antes da porcentagem de licenças em uso: "Licenças em uso: 62%".
ui-seats-in-use = Licenças em uso:
ui-plan-heading = Plano de sucesso

## Suporte e satisfação

ui-sentiment-heading = Como o serviço foi avaliado
ui-support-heading = Suporte
# Abaixo dos números dos tickets de suporte do período.
ui-support-opened = tickets abertos
ui-support-escalated = escalados
ui-support-critical = críticos
# Abaixo da nota média de satisfação dos tickets ("4,6 / 5").
ui-support-rating = nota média
ui-nps-heading = Net Promoter Score
# Abaixo do NPS deste período e do anterior.
ui-nps-this-period = NPS, { $period }
ui-nps-previous-period = NPS, { $previous }
# Abaixo do número de respostas da pesquisa.
ui-nps-responses = respostas
# Comentários da pesquisa, entre aspas.
ui-comments-heading = Na voz do cliente
# As aspas em volta de um comentário.
ui-quote-open = “
ui-quote-close = ”

## Demonstração e próximos passos

ui-demonstrate-heading = O valor gerado e os próximos passos
ui-value-heading = Valor entregue
# A última linha da tabela de valor, antes do total monetário.
ui-value-total = Total com valor monetário acordado
ui-health-heading = Saúde
ui-next-heading = Objetivos propostos para { $next }
# Antes da medição mais recente de um objetivo proposto: "atual 62%".
ui-next-now = atual

# Entre um rótulo e o seu valor quando uma tela estreita os mostra na mesma linha ("Meta: 91%").
ui-label-separator = {": "}
