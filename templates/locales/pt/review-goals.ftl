## Revisão de valor: objetivos por stakeholder e a frase sobre cada objetivo.
## Os números já chegam formatados para o idioma do leitor; $metric, os títulos dos
## objetivos e as unidades são palavras do próprio cliente, vindas dos dados, e são
## impressos como estão.

# Um objetivo ainda sem medição.
goal-not-measured = { $metric } ainda não tem medição, portanto não é possível mostrar o progresso.

# Um objetivo cuja meta é igual à linha de base.
goal-target-is-baseline = { $metric } está em { $actual }, mas a meta é igual à linha de base ({ $baseline }), portanto não é possível medir o progresso.

# Quanto a medida de um objetivo variou, como um trecho que goal-sentence coloca depois da
# métrica. $how: steady (estável), rose-pct / fell-pct (em relação à linha de base: $pct),
# rose-points / fell-points (medida em porcentagem: $points), rose / fell (de $baseline
# para $actual).
goal-moved =
    { $how ->
        [steady] permaneceu estável em { $actual }
        [rose-pct] subiu { $pct }
        [fell-pct] caiu { $pct }
        [rose-points] subiu { $points } e chegou a { $actual }
        [fell-points] caiu { $points } e ficou em { $actual }
        [rose] subiu de { $baseline } para { $actual }
       *[fell] caiu de { $baseline } para { $actual }
    }

# A meta como trecho, SEM artigo (goal-sentence acrescenta "a", "da", "à"; todas as formas
# começam por "meta", feminino): em relação à linha de base ("meta de 30%") ou como valor.
goal-target-relative = meta de { $pct }
goal-target-absolute = meta de { $target }
# A meta da qual o objetivo se afastou, também sem artigo: "meta de redução de 30%"
# ($way: cut ou rise).
goal-target-away =
    { $way ->
        [cut] meta de redução de { $pct }
       *[rise] meta de aumento de { $pct }
    }

# A frase sobre um objetivo. $status: achieved, on_track, at_risk_improving (na direção
# certa, mas devagar demais), at_risk (na direção errada), missed_improving, missed, no_data.
# $moved é goal-moved; $target e $away são os trechos acima (sem artigo); $exactly é yes
# quando a meta foi atingida exatamente; $dated é yes quando o objetivo tem prazo ($due);
# $valued é yes quando a melhoria tem valor monetário ($worth).
goal-sentence =
    { $status ->
        [achieved] { $metric } { $moved }, { $exactly ->
                [yes] atingindo
               *[no] superando
            } a { $target }{ $valued ->
                [yes] {" "}e gerando { $worth } em valor
               *[no] {""}
            }.
        [on_track] { $metric } { $moved }, no ritmo para atingir a { $target }{ $dated ->
                [yes] {" "}até { $due }
               *[no] {""}
            }{ $valued ->
                [yes] ; até agora, gerou { $worth } em valor
               *[no] {""}
            }.
        [at_risk_improving] { $metric } { $moved }{ $valued ->
                [yes] , gerou { $worth } em valor
               *[no] {""}
            }, mas está abaixo do ritmo necessário para atingir a { $target }{ $dated ->
                [yes] {" "}até { $due }
               *[no] {""}
            }: em risco.
        [at_risk] { $metric } { $moved }, afastando-se da { $away }{ $dated ->
                [yes] {" "}até { $due }
               *[no] {""}
            }: em risco.
        [missed_improving] { $metric } { $moved }{ $valued ->
                [yes] , gerou { $worth } em valor
               *[no] {""}
            }, mas ficou aquém da { $target }{ $dated ->
                [yes] {" "}prevista para { $due }
               *[no] {""}
            }.
        [missed] { $metric } { $moved }, afastando-se da { $away }{ $dated ->
                [yes] {" "}prevista para { $due }
               *[no] {""}
            }.
       *[no_data] { $metric } { $moved }; não é possível medir o progresso.
    }

# A variação desde a linha de base, na unidade do objetivo ($way: more, less ou none):
# "6 h a menos".
goal-improvement =
    { $way ->
        [more] { $amount } a mais
        [less] { $amount } a menos
       *[none] sem variação
    }

# Em que direção a medida do objetivo deve ir.
goal-direction =
    { $direction ->
        [lower] Quanto menor, melhor
       *[higher] Quanto maior, melhor
    }

# O que importa para cada stakeholder, uma linha abaixo do nome.
goals-focus =
    { $role ->
        [executive_sponsor] Resultados de negócio e retorno sobre o investimento
        [champion] Os objetivos da equipe
        [end_user] Economia de tempo e facilidade de uso
       *[other] {""}
    }

goals-none = Ainda não há objetivos definidos para esta conta.
goals-empty = Não há objetivos definidos para esta conta. O primeiro passo para o próximo período é definir com cada stakeholder objetivos com linha de base, meta e prazo.

# Uma parte da lista do resumo: "2 dentro do previsto". $status: on_track, at_risk, missed,
# no_data.
goals-summary-part =
    { $status ->
        [on_track] { $count } dentro do previsto
        [at_risk] { $count } em risco
        [missed] { $count ->
            [one] { $count } não atingido
           *[other] { $count } não atingidos
        }
       *[no_data] { $count } ainda sem medição
    }

# "2 de 4 objetivos atingidos; 1 dentro do previsto e 1 em risco." $others é yes quando
# $rest lista os demais objetivos (goals-summary-part unidos em lista).
goals-summary =
    { $achieved } de { $count ->
        [one] { $count } objetivo atingido
       *[other] { $count } objetivos atingidos
    }{ $others ->
        [yes] ; { $rest }
       *[no] {""}
    }.

goals-average-progress = Em média, os objetivos medidos já percorreram { $progress } do caminho até a meta.
