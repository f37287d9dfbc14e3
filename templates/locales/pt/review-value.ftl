## Revisão de valor, página 1: o valor entregue.

# O que a página 1 mostra em destaque quando não há total monetário. $state: own-measures
# ou not-measured.
value-headline =
    { $state ->
        [own-measures] Em unidades próprias
       *[not-measured] Ainda sem medição
    }

# A medida de um objetivo, da linha de base até agora: "20 h → 14 h".
value-measure = { $baseline } → { $actual }

value-not-measured = Nenhum objetivo foi medido ainda, portanto não é possível mostrar o valor entregue.

# Nenhum objetivo tem valor monetário; $count objetivos são mostrados nas próprias unidades.
value-own-measures =
    Nenhum objetivo tem valor monetário acordado; por isso, o valor aparece abaixo { $count ->
        [one] na unidade do próprio objetivo
       *[other] nas unidades de cada objetivo
    }.

# $total é um valor monetário, $date o fim do período, $count os objetivos com valor monetário.
value-delivered =
    { $total } em valor mensurável entregue até { $date }, com base em { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    } com valor monetário acordado.

value-below-baseline = Em { $date }, os objetivos com valor monetário acordado estão { $total } abaixo da linha de base.
value-no-change = Em { $date }, os objetivos com valor monetário acordado não mostram variação em relação à linha de base.

# Como o valor monetário é calculado (impresso abaixo dele).
value-basis = Melhoria de cada objetivo entre a linha de base e a medição mais recente feita até { $date }, multiplicada pelo valor por unidade acordado com o cliente.
