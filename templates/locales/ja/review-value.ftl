## バリューレビュー1ページ目：創出した価値。

# 金額の合計がない場合に1ページ目に大きく表示するもの。$state: own-measures または not-measured。
value-headline =
    { $state ->
        [own-measures] 各指標での成果
       *[not-measured] 未測定
    }

# ベースラインから現在までの目標の指標：「20 h → 14 h」。
value-measure = { $baseline } → { $actual }

value-not-measured = まだ測定済みの目標がないため、創出した価値を示せません。

# 金額換算の価値が合意された目標がない。$count 件の目標をそれぞれの指標で表示。
value-own-measures = 金額換算の価値が合意された目標がないため、以下ではそれぞれの指標で成果を示します。

# $total は金額、$date は期間の末日、$count は金額換算の価値がある目標の数。
value-delivered = { $date }までに、金額換算の価値が合意された目標{ $count }件で、{ $total }の測定可能な価値を創出しました。

value-below-baseline = { $date }時点で、金額換算の価値が合意された目標はベースラインを{ $total }下回っています。
value-no-change = { $date }時点で、金額換算の価値が合意された目標にベースラインからの変化はありません。

# 金額の算出方法（金額の下に表示）。
value-basis = 各目標のベースラインから{ $date }以前の最新測定値までの改善幅に、貴社と合意した単位あたりの価値を乗じて算出しています。
