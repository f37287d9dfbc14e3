## A revisão de valor como apresentação do PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Apêndice: sobre os dados
deck-series-active = Usuários ativos
deck-series-seats = Licenças contratadas

deck-ask-value = Qual desses resultados é mais importante para a sua liderança e como vocês o reportam internamente?
deck-ask-goals = Estas ainda são as metas e os alvos certos para o próximo período?
deck-ask-adoption = Quais equipes deveriam usar o produto e ainda não usam?
deck-ask-features = Quais funcionalidades economizariam mais tempo da sua equipe se mais pessoas as usassem?
deck-ask-plan = O que nos ajudaria a concluir os marcos em aberto no prazo?
deck-ask-support = Como a sua equipe percebeu o suporte neste período?
deck-ask-next = Com quais destas propostas vamos nos comprometer juntos hoje?
