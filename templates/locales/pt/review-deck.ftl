## A revisão de valor como apresentação do PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Apêndice: sobre os dados
deck-series-active = Usuários ativos
deck-series-seats = Licenças contratadas
