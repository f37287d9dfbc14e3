## バリューレビュー：ステークホルダー別の目標と、各目標についての文。
## 数値は読み手のロケールに合わせて整形済み。$metric、目標のタイトル、単位は顧客自身の
## データ上の表記で、そのまま表示します。

# まだ測定値のない目標。
goal-not-measured = { $metric }はまだ測定値がないため、進捗を示せません。

# 目標値がベースラインと同じ目標。
goal-target-is-baseline = { $metric }は{ $actual }ですが、目標値がベースライン（{ $baseline }）と同じため、進捗を測定できません。

# 目標の指標がどれだけ動いたか。goal-sentence が指標名の後に置く句。
# 日本語では連用形（「…し」「…となり」）で終え、goal-sentence が「、」または「ましたが、」を続けます。
# $how: steady（横ばい）、rose-pct / fell-pct（ベースライン比：$pct）、rose-points /
# fell-points（パーセント指標：$points）、rose / fell（$baseline から $actual へ）。
goal-moved =
    { $how ->
        [steady] { $actual }で横ばいとなり
        [rose-pct] { $pct }増加し
        [fell-pct] { $pct }減少し
        [rose-points] { $points }上昇して{ $actual }となり
        [fell-points] { $points }低下して{ $actual }となり
        [rose] { $baseline }から{ $actual }に増加し
       *[fell] { $baseline }から{ $actual }に減少し
    }

# 句としての目標値：ベースライン比（「30%の目標」）または数値そのもの。
goal-target-relative = { $pct }の目標
goal-target-absolute = 目標値{ $target }
# 指標が遠ざかっている目標：「目標とする30%削減」（$way: cut または rise）。
goal-target-away =
    { $way ->
        [cut] 目標とする{ $pct }削減
       *[rise] 目標とする{ $pct }増加
    }

# 1つの目標についての文。$status: achieved、on_track、at_risk_improving（正しい方向だが
# ペース不足）、at_risk（逆方向）、missed_improving、missed、no_data。
# $moved は goal-moved、$target と $away は上記の句。$exactly は目標値をちょうど達成した場合に
# yes。$dated は期限（$due）がある場合に yes。$valued は改善に金額換算の価値（$worth）がある場合に yes。
goal-sentence =
    { $status ->
        [achieved] { $metric }は{ $moved }、{ $target }を{ $exactly ->
                [yes] 達成しました
               *[no] 上回って達成しました
            }。{ $valued ->
                [yes] 効果は金額換算で{ $worth }相当です。
               *[no] {""}
            }
        [on_track] { $metric }は{ $moved }、{ $dated ->
                [yes] { $due }までに
               *[no] {""}
            }{ $target }を達成する見込みで、順調に推移しています。{ $valued ->
                [yes] 効果は金額換算で{ $worth }相当です。
               *[no] {""}
            }
        [at_risk_improving] { $metric }は{ $moved }ましたが、{ $dated ->
                [yes] { $due }までに
               *[no] {""}
            }{ $target }を達成するにはペースが不足しており、未達のリスクがあります。{ $valued ->
                [yes] 効果は金額換算で{ $worth }相当です。
               *[no] {""}
            }
        [at_risk] { $metric }は{ $moved }、{ $away }とは逆の方向に推移しており、{ $dated ->
                [yes] { $due }までの達成にリスクがあります。
               *[no] 未達のリスクがあります。
            }
        [missed_improving] { $metric }は{ $moved }ましたが、{ $dated ->
                [yes] 期限の{ $due }までに
               *[no] {""}
            }{ $target }には届きませんでした。{ $valued ->
                [yes] 効果は金額換算で{ $worth }相当です。
               *[no] {""}
            }
        [missed] { $metric }は{ $moved }、{ $away }とは逆の方向に推移し、{ $dated ->
                [yes] 期限の{ $due }までに達成できませんでした。
               *[no] 未達となりました。
            }
       *[no_data] { $metric }は{ $moved }ましたが、進捗を測定できません。
    }

# 目標の単位でのベースラインからの変化（$way: more、less、none）：「6 h減」。
goal-improvement =
    { $way ->
        [more] { $amount }増
        [less] { $amount }減
       *[none] 変化なし
    }

# 目標の指標が目指す方向。
goal-direction =
    { $direction ->
        [lower] 低いほど良い
       *[higher] 高いほど良い
    }

# 各ステークホルダーの関心事。名前の下に1行で表示。
goals-focus =
    { $role ->
        [executive_sponsor] ビジネス成果と投資対効果
        [champion] チームの目標
        [end_user] 時間の削減と使いやすさ
       *[other] {""}
    }

goals-none = 貴社の目標はまだ登録されていません。
goals-empty = 貴社の目標は登録されていません。次期はまず、ステークホルダーごとにベースライン・目標値・期限を定めた目標を合意することから始めます。

# サマリーの一覧の1項目：「順調1件」。$status: on_track、at_risk、missed、no_data。
goals-summary-part =
    { $status ->
        [on_track] 順調{ $count }件
        [at_risk] リスクあり{ $count }件
        [missed] 未達{ $count }件
       *[no_data] 未測定{ $count }件
    }

# 「目標4件中、達成2件、順調1件、リスクあり1件です。」$others は $rest にその他の目標
# （goals-summary-part を列挙したもの）が入る場合に yes。
goals-summary =
    目標{ $count }件中、達成{ $achieved }件{ $others ->
        [yes] 、{ $rest }
       *[no] {""}
    }です。

goals-average-progress = 測定済みの目標の進捗率は、平均{ $progress }です。
