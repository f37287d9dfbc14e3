## バリューレビュー「価値の提供」：シート、未使用シート（シェルフウェア）、アクティブユーザー、機能。
## $month はシート数を集計する月（「2026年9月」）。

adoption-nothing = 貴社のライセンスおよび製品利用の記録はありません。

# シートは購入されているが、利用の記録がない。$seats は数。
adoption-no-usage = { $seats }シートをご購入いただいていますが、{ $month }の利用が記録されていないため、シートの利用状況を示せません。

# 製品は利用されているが、シートの記録がない。$active は数。
adoption-no-seats = { $month }は{ $active }名が利用しましたが、購入シートの記録がないため、利用率を算出できません。

# 購入シート数より多い人数が利用。$active と $seats は整形済みの数値。
adoption-over = { $month }は、購入済みの{ $seats }シートに対し{ $active }名が利用し、利用者数がシート数を上回りました。

# $seats のうち $active（整形済みの数値）が利用中。$utilization はパーセント。
adoption-used = { $month }は、購入済みの{ $seats }シートのうち{ $active }シートが利用されました（利用率{ $utilization }）。

# すべてのシートが利用され、さらにシート数より $extra 名多く利用。
shelfware-none-over = 購入シートはすべて利用されており、アクティブユーザー数がシート数を{ $extra }名上回っています。
shelfware-none = 購入シートはすべて利用されており、未使用シート（シェルフウェア）はありません。
# 未使用シート $seats（数）、年間 $value 相当。
shelfware-valued = { $seats }シートが未使用（シェルフウェア）で、現在のシート単価で年間{ $value }に相当します。
shelfware-unpriced = { $seats }シートが未使用（シェルフウェア）です。経常収益の記録がないため、金額は算出できません。

# 利用のあった最初の月（$first、$from 名）から最後の月（$last、$to 名）までのアクティブユーザー。
# $way: rose、fell、held。
adoption-trend =
    { $way ->
        [rose] アクティブユーザーは{ $first }の{ $from }名から、{ $last }には{ $to }名に増加しました。
        [fell] アクティブユーザーは{ $first }の{ $from }名から、{ $last }には{ $to }名に減少しました。
       *[held] アクティブユーザーは{ $first }から{ $last }まで{ $from }名で横ばいでした。
    }

# 利用状況グラフの代替テキスト。$users は adoption-trend。$same は購入シート数が $to のまま
# だった場合に yes、それ以外は $from から $to に変化。
adoption-chart-alt =
    { $first }～{ $last }の月別アクティブユーザー数と購入シート数の折れ線グラフ。{ $users }{ $same ->
        [yes] 購入シート数は{ $to }で変わりませんでした。
       *[no] 購入シート数は{ $from }から{ $to }に変化しました。
    }

# 利用状況グラフがない理由。$why: no-usage または one-month。
adoption-chart-missing =
    { $why ->
        [no-usage] 過去12か月の利用データがないため、利用状況グラフは表示していません。
       *[one-month] 利用の記録が1か月分のみで推移を示せないため、利用状況グラフは表示していません。
    }

## 機能。機能名はデータ上の製品の表記。

features-none = { $month }の機能利用は記録されていません。

# 最も利用された機能（$top、$top_users 名。$shared が yes のときアクティブユーザーに占める
# 割合 $share）と、最も利用の少ない機能（$low、$low_users 名）。
features-top =
    最も利用された機能は{ $top }（{ $top_users }名{ $shared ->
        [yes] 、アクティブユーザーの{ $share }
       *[no] {""}
    }）、最も利用が少なかった機能は{ $low }（{ $low_users }名）です。

features-only = { $month }に利用された機能は{ $top }のみで、利用者は{ $top_users }名です。

# 機能グラフの代替テキスト。$bars は「機能 人数; …」の一覧。$more 件の機能は非表示。
features-chart-alt =
    { $month }の機能別アクティブユーザー数の棒グラフ：{ $bars }{ $more ->
        [0] {""}
       *[other] （ほか{ $more }件は非表示）
    }。

# 未使用シート数の後ろに小さく表示：「40 シート（未使用）」。
shelfware-unit = シート（未使用）

# 機能グラフで一部を省略した場合に、その下に表示。
features-more = ほか{ $count }件の機能は表示していません。
