## Revisão de valor, Entrega: licenças, licenças ociosas, usuários ativos e funcionalidades.
## $month é o mês em que as licenças são contadas ("setembro de 2026").

adoption-nothing = Não há dados de licenças nem de uso do produto para esta conta.

# Licenças foram contratadas, mas não há registro de uso. $seats é uma contagem.
adoption-no-usage =
    { $seats ->
        [one] { $seats } licença contratada
       *[other] { $seats } licenças contratadas
    }, mas não há dados de uso em { $month }, portanto não é possível mostrar o uso das licenças.

# Houve uso do produto, mas não há licenças nos dados. $active é uma contagem.
adoption-no-seats =
    { $active ->
        [one] { $active } pessoa esteve ativa
       *[other] { $active } pessoas estiveram ativas
    } em { $month }; como não constam licenças contratadas, não é possível calcular a taxa de utilização.

# Mais pessoas ativas do que licenças contratadas. $active e $seats são números formatados.
adoption-over = { $active } pessoas estiveram ativas com { $seats } licenças contratadas em { $month }: mais usuários do que licenças.

# $active de $seats (números formatados) estavam em uso; $utilization é uma porcentagem.
adoption-used = { $active } de { $seats } licenças contratadas estavam em uso em { $month } ({ $utilization }).

# Todas as licenças estão em uso e houve $extra pessoas ativas além do número de licenças.
shelfware-none-over =
    Todas as licenças contratadas estão em uso, com { $extra ->
        [one] { $extra } usuário ativo
       *[other] { $extra } usuários ativos
    } além do número de licenças.
shelfware-none = Todas as licenças contratadas estão em uso: não há licenças ociosas.
# $seats licenças sem uso (uma contagem), que valem $value por ano.
shelfware-valued =
    { $seats ->
        [one] { $seats } licença está ociosa
       *[other] { $seats } licenças estão ociosas
    }, o equivalente a { $value } por ano pelo preço atual por licença.
shelfware-unpriced =
    { $seats ->
        [one] { $seats } licença está ociosa
       *[other] { $seats } licenças estão ociosas
    }; não há dados de receita recorrente para calcular o seu valor.

# Usuários ativos do primeiro mês com uso ($first, $from pessoas) ao último ($last, $to
# pessoas). $way: rose, fell ou held.
adoption-trend =
    { $way ->
        [rose] Os usuários ativos aumentaram de { $from } em { $first } para { $to } em { $last }.
        [fell] Os usuários ativos caíram de { $from } em { $first } para { $to } em { $last }.
       *[held] Os usuários ativos permaneceram em { $from } entre { $first } e { $last }.
    }

# Texto alternativo do gráfico de adoção. $users é adoption-trend; $same é yes quando as
# licenças contratadas ficaram em $to; caso contrário, passaram de $from para $to.
adoption-chart-alt =
    Gráfico de linhas de usuários ativos e licenças contratadas por mês, de { $first } a { $last }. { $users } { $same ->
        [yes] As licenças contratadas permaneceram em { $to }.
       *[no] As licenças contratadas passaram de { $from } para { $to }.
    }

# Por que não há gráfico de adoção. $why: no-usage ou one-month.
adoption-chart-missing =
    { $why ->
        [no-usage] Não há dados de uso dos últimos doze meses, portanto não há gráfico de adoção.
       *[one-month] Só há dados de uso de um mês, o que ainda não configura uma tendência; por isso, não há gráfico de adoção.
    }

## Funcionalidades. Os nomes das funcionalidades são os do próprio produto, vindos dos dados.

features-none = Não há dados de uso de funcionalidades em { $month }.

# A funcionalidade mais usada ($top, $top_users pessoas, $share dos usuários ativos quando
# $shared é yes) e a menos usada ($low, $low_users pessoas).
features-top =
    { $top } é a funcionalidade mais usada ({ $top_users ->
        [one] { $top_users } usuário
       *[other] { $top_users } usuários
    }{ $shared ->
        [yes] , { $share } dos usuários ativos
       *[no] {""}
    }); { $low } é a menos usada, com { $low_users ->
        [one] { $low_users } usuário
       *[other] { $low_users } usuários
    }.

features-only =
    { $top } é a única funcionalidade em uso em { $month }, com { $top_users ->
        [one] { $top_users } usuário
       *[other] { $top_users } usuários
    }.

# Texto alternativo do gráfico de funcionalidades. $bars lista "funcionalidade usuários; …";
# $more funcionalidades não aparecem.
features-chart-alt =
    Gráfico de barras de usuários ativos por funcionalidade em { $month }: { $bars }{ $more ->
        [0] {""}
       *[other] {" "}(outras { $more } não exibidas)
    }.

# Depois do número de licenças ociosas, em letra pequena: "40 licenças ociosas".
shelfware-unit =
    { $count ->
        [0] licenças ociosas
        [one] licença ociosa
       *[other] licenças ociosas
    }

# Abaixo do gráfico de funcionalidades, quando algumas ficam de fora.
features-more =
    { $count ->
        [one] Mais { $count } funcionalidade não exibida.
       *[other] Mais { $count } funcionalidades não exibidas.
    }
