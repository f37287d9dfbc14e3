## Wrapped：1年のふりかえり。各カードは大きな数字1つと、その下の1行。行は短く、誇らしく、
## わかりやすく。$year は年（「2026」）。数値は整形済み。行は上の大きな数字に続けて読まれる
## （「48,200ユーロ」／「2026年に創出した、測定可能な価値」）。行末に「。」は付けない
## （締めのカードを除く）。

# 最初のカード。顧客名の下に表示。$partial は年の途中（$joined の月）に利用を開始した場合に yes。
wrapped-opening =
    { $partial ->
        [yes] { $joined }のご利用開始から、私たちと歩んだ{ $year }年
       *[no] 私たちと歩んだ{ $year }年
    }

# 目標によって創出された金額の下。
wrapped-value = { $year }年に創出した、測定可能な価値

# 今年目標値に到達した目標の数の下。
wrapped-goals = 件の目標が目標値に到達しました

# 顧客自身の指標 $metric での最大の改善率（パーセント）の下。$from から $to に変化。
wrapped-improvement = { $metric }が改善しました（{ $from } → { $to }）

# アクティブユーザー数の下。$grew は前年同月比で $growth 増加した場合に yes。
wrapped-users =
    { $grew ->
        [yes] 名が毎月利用しています（1年前から{ $growth }増）
       *[no] 名が毎月利用しています
    }

# 同じセグメントの顧客の中での順位。利用者カードの下：「Mid-Marketのお客様の中で、
# アクティブユーザーの伸び率上位4%」。
wrapped-rank-growth = { $segment }のお客様の中で、アクティブユーザーの伸び率上位{ $top }

# 最も利用された機能名の下。$users はピーク時の利用者数、$new は新たに使われ始めた機能の数。
wrapped-feature =
    最も多く使われた機能です（{ $users }名が利用）{ $new ->
        [0] {""}
       *[other] 。新たに{ $new }件の機能も使い始めました
    }

# 最も活発だった月の名前の下。
wrapped-busiest = 最も活発だった月（{ $events }件のアクション）

wrapped-milestones = 件のサクセスプランのマイルストーンを完了しました

# 解決したサポートチケット数の下。うち緊急の $avoided 件はエスカレーションなしで解決。
wrapped-support =
    件のサポートチケットを解決しました{ $avoided ->
        [0] {""}
       *[other] （うち緊急の{ $avoided }件もエスカレーションなしで解決）
    }

# 締めのカード：大きな文字と、その下に来年の目標（$goaled は目標がある場合に yes）。
wrapped-closing-big = さあ、{ $next }年へ
wrapped-closing =
    { $goaled ->
        [yes] 次の目標は{ $goal }です。一緒に計画を立てましょう。
       *[no] 来年の目標を、一緒に決めましょう。
    }

# The PDF's title.
wrapped-title = { $account }様の{ $year }年（{ $company }）

## The email. $account is the customer's name, $company the vendor's, $year the year in
## review and $next the year after it.

# The subject line.
wrapped-email-subject = { $account }様の{ $year }年（{ $company }）
# The line mail clients show after the subject: the lead card's figure ($big) and its line.
# A half-width space between them: the value line starts with a year ("2026年…"), which
# would run into the figure without it.
wrapped-email-preheader = { $big } { $line }
# The footer: why the reader gets this; $role is their role in a sentence ("チャンピオン").
wrapped-email-why = このメールは、{ $account }様の{ $role }の方へ{ $company }よりお送りしています。
ui-wrapped-email-cta = { $next }年のレビューを予約する
ui-wrapped-email-share-heading = この1年をシェアしましょう
ui-wrapped-email-pdf = この1年のまとめ（PDF）
ui-wrapped-email-image = シェア用の画像
ui-wrapped-email-unsubscribe = 配信停止
