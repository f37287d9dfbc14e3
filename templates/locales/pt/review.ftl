## A revisão de valor como um todo: título, quem a elaborou e observações sobre os dados.

# Título do PDF. $account é o nome do cliente; $period, o nome do período.
review-title = Revisão de valor: { $account }, { $period }

# Abaixo do título. $named é yes quando a conta tem um CSM ($csm); $company é o fornecedor.
review-prepared-by =
    { $named ->
        [yes] Elaborado por { $csm }, { $company }
       *[no] Elaborado por { $company }
    }

## Observações sobre o que os dados não permitiram saber ("Sobre os dados").

# $table é o nome de uma tabela de dados; $problem, o erro encontrado pelo recap (em inglês).
note-unreadable-rows = Algumas linhas da tabela { $table } não puderam ser lidas: { $problem }.
note-partly-valued = O valor monetário abrange { $valued } de { $measured } objetivos medidos; os demais não têm valor por unidade acordado e são mostrados nas próprias unidades.
note-no-usage = Não há dados de uso do produto em { $month }.
note-no-nps = Não há respostas de pesquisa NPS para esta conta.
