## 月次の経営レポート（templates/pack.typ、templates/pack.html.tera と、それを送るメールの
## templates/pack-mail.*.tera）。数値はその言語向けに整形済みで渡されます。平易で正確な言葉で：
## 経営層はすべての数値を問いただすため、どの数値も何を母数としているかを明示します。
## 日本語には複数形がないため、選択式（複数形）は使っていません。
##
## `ui-pack-` ラベルの変数：$month（レポートの対象月、「2026年9月」）、$company。

## 表紙

# 文書のタイトル。$month は「2026年9月」。
pack-title = 経営レポート · { $month }
# タイトルの下：レポートの対象となる顧客。
pack-scope-all = 全顧客
# $dimension は「CSM」「セグメント」「地域」のいずれか。$group はその値。
pack-scope-group = { $dimension }：{ $group }

ui-pack-success = カスタマーサクセス
ui-pack-success-note = 顧客は価値を得ているか。先行指標。
ui-pack-business = ビジネス
ui-pack-business-note = 事業としての価値。遅行指標。
ui-pack-warnings = 注意事項
ui-pack-progress = 目標の進捗（測定済みの全目標）
ui-pack-stages = カスタマージャーニー
ui-pack-stages-note = 各段階の指標と担当者。
ui-pack-hot = ホットスポット
ui-pack-hot-called = 偶然の範囲を超えて他と異なるグループ
ui-pack-hot-none = 今月は、偶然の範囲を超えてポートフォリオの他のグループと異なるグループはありません。
ui-pack-hot-table = 全グループ
ui-pack-hot-table-note = グレー：回答数またはアカウント数が少なく判定できません。▲ 他より高い、▼ 他より低い（いずれも偶然の範囲を超える差）。
ui-pack-funnel = ファンネルプロット
ui-pack-funnel-note = 各点は1つのグループで、規模に対する値を示します。ファンネル（ポートフォリオ全体を中心とする95%・99.8%の限界線）の内側にあるグループの差は、偶然の範囲内です。
ui-pack-group = グループ
ui-pack-movement = 主な変動
ui-pack-trends = 推移（12か月）
ui-pack-method = 算出方法
ui-pack-definitions = 定義
ui-pack-freshness = テーブル別の最新データ
ui-pack-checks = 今月のデータチェック
ui-pack-checks-none = recap check で問題は見つかりませんでした。
ui-pack-rates = 為替レート（為替一定ベース）
ui-pack-page = ページ
ui-pack-open-review = バリューレビューを開く

## 数値

# 算出の元になるデータがない場合の表示。「0」とは表示しない。
pack-no-data = データなし
# 日数。
pack-days = { $days }日
# 前月からの変化。$change は符号付き（「+2pt」「−€40,000」）。$month は前月の名前。
pack-change = { $month }比{ $change }
pack-change-same = { $month }から横ばい
pack-change-none = { $month }の数値なし
# スパークラインを言葉で表したもの（スクリーンリーダー用）。
pack-spark-alt = { $metric }の12か月の推移：{ $first }から{ $last }、最低{ $low }、最高{ $high }。

pack-metric-achieving_value = 価値を実現している顧客
pack-metric-value_generated = 創出した価値
pack-metric-time_to_value = 価値実現までの日数（中央値）
pack-metric-goal_progress = 目標の平均進捗率
pack-metric-seat_utilization = シート利用率
pack-metric-csat = CSAT（評価4–5）
pack-metric-escalations = エスカレーション
pack-metric-nps = NPS（12か月）
pack-metric-arr = ARR
pack-metric-nrr = 売上純維持率（NRR）
pack-metric-grr = 売上総維持率（GRR）
pack-metric-logo_churn = 解約率（顧客数ベース）
pack-metric-customers = 顧客数
pack-metric-renewals_due = 90日以内の契約更新

# 各数値の母数（顧客 $n 社、回答 $n 件など）。
pack-n-achieving_value = n = 測定済みの目標がある顧客{ $n }社
pack-n-value_generated = n = 金額換算の価値が合意された目標がある顧客{ $n }社
pack-n-time_to_value = n = 目標を達成した顧客{ $n }社
pack-n-goal_progress = n = 測定済みの目標{ $n }件
pack-n-seat_utilization = n = シートと利用実績がある顧客{ $n }社
pack-n-csat = n = 今月の評価{ $n }件
pack-n-escalations = 今月起票されたチケット{ $n }件中
pack-n-nps = n = 回答{ $n }件
pack-n-arr = n = 顧客{ $n }社
pack-n-nrr = n = 1年前の顧客{ $n }社
pack-n-grr = n = 1年前の顧客{ $n }社
pack-n-logo_churn = n = 1年前の顧客{ $n }社
pack-n-customers = 月末時点でARRがある顧客
pack-n-renewals_due = 顧客{ $n }社中

# 目標の進捗の区分。
pack-bucket-0 = 25%未満
pack-bucket-1 = 25–50%
pack-bucket-2 = 50–75%
pack-bucket-3 = 75–99%
pack-bucket-4 = 達成

## 1ページ目の注意事項

# $table にはレポート対象月の行がない。$last はその最新の日付。
pack-warning-stale = { $table }には{ $last }より後のデータがありません。このテーブルに基づく今月の数値は、欠落しているか最新ではありません。
# $table に行がまったくない。
pack-warning-empty = { $table }にはデータがありません。このテーブルに基づく数値は欠落しています。
pack-warning-unconverted = 為替レートのない通貨（{ $currencies }）で請求しているアカウントが{ $count }件あり、すべての金額指標から除外しています。

## カスタマージャーニーの段階

pack-stage-onboarding = オンボーディング
pack-stage-adoption = 利用定着
pack-stage-value = 価値実現
pack-stage-renewal = 契約更新
pack-stage-owner = 担当：{ $owner }

## ホットスポット

pack-dimension-segment = セグメント
pack-dimension-touch_model = タッチモデル
pack-dimension-region = 地域
pack-dimension-industry = 業種
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = 価値実現
pack-hot-health = ヘルススコア
# 抽出されたグループ。$value と $rest はそのグループと残りの数値。$n は回答数またはアカウント数。
pack-hot-line-hot = { $dimension }「{ $group }」：{ $metric }は{ $value }で、ポートフォリオの残り（{ $rest }）を上回っています（n = { $n }）。
pack-hot-line-cold = { $dimension }「{ $group }」：{ $metric }は{ $value }で、ポートフォリオの残り（{ $rest }）を下回っています（n = { $n }）。
# 一覧の下。$tested は比較したグループ数、$called は抽出数、$fdr は偽発見率、$min はグループの最小規模。
pack-hot-note = ポートフォリオの残りと比較したグループは{ $tested }件、偽発見率（FDR）{ $fdr }で抽出したのは{ $called }件です。回答数またはアカウント数が{ $min }未満のグループは判定していません。
pack-funnel-alt = { $metric }のファンネルプロット：規模別の{ $groups }グループ、うち偶然の範囲外は{ $outside }グループ。

## 主な変動

pack-move-health-drops = ヘルススコアの低下幅が大きい顧客
pack-move-health-drops-none = 今月ヘルススコアが低下した顧客はありません。
pack-move-health-figure = −{ $points }
pack-move-health-now = 現在のヘルススコア{ $health }
pack-move-at-risk = リスクのある契約更新（ヘルススコア40未満、90日以内に更新）
pack-move-at-risk-none = 今後90日以内の契約更新に、リスクのあるものはありません。
pack-move-at-risk-detail = ヘルススコア{ $health } · ARR { $arr }
pack-move-expansions = ARRの増加額が大きい顧客
pack-move-expansions-none = 今月ARRが増加した顧客はありません。
pack-move-contractions = ARRの減少額が大きい顧客と解約
pack-move-contractions-none = 今月ARRが減少した顧客はありません。
pack-move-arr-now = 現在のARR { $arr }
pack-move-churned = 解約
pack-move-detractors = フォローアップが必要な批判者
pack-move-detractors-none = 今月、批判者の回答はありません。
pack-move-score = スコア{ $score }
pack-move-more = ほか{ $count }件

## 算出方法のページ

pack-define-achieving_value = 直近12か月に、いずれかの目標で目標値に到達（または超過）した測定値がある顧客数を、測定済みの目標（測定値があり、目標値がベースラインと異なる目標）がある顧客数で割ったもの。顧客とは、月末時点のARRが0より大きいアカウントです。
pack-define-value_generated = 各目標のベースラインから最新測定値までの改善幅に、顧客と合意した1単位あたりの金額を乗じ、全顧客について合計したもの。下記の固定レートで{ $currency }に換算しています。
pack-define-time_to_value = 契約開始日から、いずれかの目標で目標値に到達した最初の測定までの日数の、顧客間の中央値。
pack-define-goal_progress = 測定済みの目標ごとに（最新値 − ベースライン）÷（目標値 − ベースライン）を求め、それぞれ0%～100%の範囲に制限したうえで平均したもの。
pack-define-seat_utilization = アクティブユーザー数（製品ごとに、その月に最も多く利用された機能の利用者数）を、月末時点で有効な契約の購入シート数で割ったもの。いずれも、両方のデータがある顧客について合計しています。
pack-define-csat = 当月に起票され、1～5で評価されたサポートチケットのうち、4または5と評価されたものの割合。
pack-define-escalations = 当月に起票され、エスカレーションされたサポートチケット。
pack-define-nps = 直近12か月の回答に占める推奨者（9～10）の割合（%）− 批判者（0～6）の割合（%）。
pack-define-arr = 月末時点の経常収益。下記の固定レートで{ $currency }に換算しています。
pack-define-nrr = 直近12か月の2時点比較：月末の12か月前にARRが0より大きかった顧客のコホートについて、現在のARRを当時のARRで割ったもの。新規顧客はコホートに含みません。
pack-define-grr = 売上純維持率と同じ方法で、各顧客の現在のARRを当時のARRを上限として算出したもの。
pack-define-logo_churn = 維持率のコホートのうち、現在ARRがない顧客の割合。
pack-define-customers = 月末時点のARRが0より大きいアカウント。
pack-define-renewals_due = 契約更新日が月末から90日以内にある顧客。
pack-define-hot-spots-term = ホットスポット
pack-define-hot-spots = 各グループは、そのグループを含む全体ではなく、ポートフォリオの残りと比較します。NPS：+1/0/−1の平均と、その三項分布の分散（p推奨者 + p批判者 − (p推奨者 − p批判者)²）。CSATと価値実現：2つの比率のスコア検定と、グループのWilson区間。ヘルススコア：平均値のWelch検定。NPSとCSATは直近12か月が対象です。残りより高い・低いと判定するのは、Benjamini–Hochberg法により、本レポートのすべての比較を通じた偽発見率を{ $fdr }に抑えられる場合に限ります。回答数（NPS、CSAT）またはアカウント数（価値実現、ヘルススコア）が{ $min }未満のグループはグレーで表示し、判定の対象にしません。
pack-define-currency-term = 通貨
pack-define-currency = 金額は、すべての比較の両時点に同一の固定レートを適用して{ $currency }で表示しています（為替一定ベース）。そのため、為替の変動が拡大や解約として表れることはありません。通貨にレートがないアカウントは一覧に示し、すべての金額指標から除外します。換算せずに合算することはありません。
pack-define-renewal-term = リスクのある契約更新
pack-define-renewal = ヘルススコアが40未満で、契約更新日が月末から90日以内にある顧客。
# 為替レート1件。$source はその出所（recap.toml、fx_rates、または「same currency」）。
pack-rate = 1 { $code } = { $rate } { $currency }（{ $source }）
pack-unconverted-list = 為替レートがないため金額指標から除外（{ $count }件）：{ $names }。

## レポートを送るメール

# $title はレポートのタイトル、$scope は対象となる顧客。
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = 今月の経営レポートをPDFで添付しています。主な数値は次のとおりです。
ui-pack-mail-footer = { $company }向けに recap から送信しています。すべての数値の定義は、レポートの「算出方法」ページに記載しています。

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] 今後90日以内の契約更新にリスクのあるものはありません。
       *[other] 今後90日以内の契約更新のうち { $count } 件にリスクがあります（ヘルススコア40未満）：ARR { $arr }。
    }
ui-pack-glance = 今月

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = ARR と利用状況はレポート対象月まで必要です。イベントの表（チケット、NPS、目標の測定値、マイルストーン）は直近 3 か月以内に 1 件以上必要です。それより古い表は 1 ページ目で警告します。

# 算出方法のページのデータチェック（`recap check`）。検出の種類ごとに1件。$table はテーブル。
pack-check-orphan_rows = account_id がどのアカウントにも一致しない行：キーを修正するか、アカウントを追加してください
pack-check-unreadable_value = recap が読み取れない値（日付は YYYY-MM-DD 形式で入力してください）
pack-check-no_name = 名前のないアカウント
pack-check-no_goals = 目標のないアカウント：価値を測る基準がありません
pack-check-no_contacts = 連絡先のないアカウント：文書の送付先がありません
pack-check-goal_without_measurements = 一度も測定されていない目標：進捗は「データなし」になります
pack-check-goal_target_equals_baseline = 目標値がベースラインと同じ目標：進捗を定義できません
pack-check-stale_arr = ARRのデータがレポート対象月より前で終わっているアカウント
pack-check-stale_usage = 利用データがレポート対象月より前で終わっているアカウント
pack-check-negative_arr = 負のARR（解約後は0を入力してください）
pack-check-negative_seats = 負の購入シート数
pack-check-ends_before_start = 終了が開始より前になっている行
pack-check-negative_usage = 負のアクティブユーザー数またはイベント数
pack-check-nps_out_of_range = 0–10の範囲外のNPSスコア（NPSから除外）
pack-check-csat_out_of_range = 1–5の範囲外のCSAT評価（CSATから除外）
