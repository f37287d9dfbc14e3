### レビューのテンプレート（PDF 用の templates/review.typ、HTML 用の templates/review.html.tera）が
### 自ら表示する見出しとラベル。文と数値はデータとともに渡されます。各 `ui-` メッセージは
### テンプレートでは `labels.<ui- を除き - を _ にした id>` です：
### `ui-goals-heading` は `labels.goals_heading`。
###
### 変数（すべてその言語向けに整形済みのテキスト）：
###   $period    レビューの期間（「2026年Q3」）
###   $previous  その前の期間（「2026年Q2」）
###   $next      その次の期間（「2026年Q4」）
###   $month     シート数と機能を集計する月（「2026年9月」）
###   $renewal   契約更新日。ない場合は空
###   $account   顧客名
###   $company   ベンダー名
###   $csm       カスタマーサクセスマネージャーの氏名。または空

## 表紙と柱

# 1ページ目の上部、ベンダー名またはロゴの横。
ui-document-type = エグゼクティブ・バリューレビュー
# 1ページ目の顧客名の上。ページのフッターでもベンダー名の後に表示。
ui-review-period = バリューレビュー · { $period }
# 表紙の行。契約に更新日がある場合のみ。
ui-cover-renews = 契約更新日：{ $renewal }
# HTML ページのフッター、アカウント ID の前：「アカウント ACME-001」。
ui-footer-account = アカウント

## 1ページ目：サマリー

# 1ページ目のサマリーの見出し（HTML のみ。PDF にはなし）。
ui-summary-heading = サマリー
# 顧客自身の単位で示す目標の成果の上。金額換算の価値が合意された目標がない場合は大きく表示。
ui-own-measures = 各指標での成果
ui-next-summary-heading = { $next }に向けたご提案
ui-health-strip-heading = 構成要素別のヘルススコア
# ヘルススコアの構成要素の比重の前：「比重 30%」。
ui-health-weight = 比重
# 測定できなかった数値（ヘルススコアの構成要素）。
ui-no-data = データなし
ui-notes-heading = データについて
# スライド資料の2枚目。
ui-glance-eyebrow = 概要
ui-glance-heading = { $period }の到達点

## セクションのアイブロウ：各パートの見出しの上に小さく表示

ui-define-eyebrow = 目標の定義
ui-deliver-eyebrow = 価値の提供
ui-sentiment-eyebrow = サポートと顧客評価
ui-demonstrate-next-eyebrow = 成果の実証と次のステップ
# スライド資料では「成果の実証と次のステップ」を2つに分割。
ui-demonstrate-eyebrow = 成果の実証
ui-next-eyebrow = 次のステップ

## 表の列

ui-column-goal = 目標
ui-column-baseline = ベースライン
ui-column-target = 目標値
ui-column-now = 現在
ui-column-progress = 進捗
ui-column-status = 状況
ui-column-stakeholder = ステークホルダー
# 以前と現在の指標：「20 h → 14 h」。
ui-column-measure = ベースライン → 現在
ui-column-change = 変化
ui-column-value = 価値
# 小さい画面での金額合計の行。
ui-column-total = 合計

## 目標の定義：ステークホルダー別の目標

ui-goals-heading = ステークホルダー別の目標
# 測定値のない目標の進捗列。
ui-goal-not-measured = 未測定
# 目標の期限日の前：「期限 2026/09/30」。
ui-goal-due = 期限

## 価値の提供：利用状況とサクセスプラン

# PDF のシートグラフの見出し。
ui-adoption-heading = 利用状況
# HTML ページのこのパート全体の見出し。
ui-deliver-heading = 利用状況とサクセスプラン
ui-features-heading = { $month }の機能別利用状況
# 購入済みで未使用のシート。
ui-shelfware-heading = 未使用シート
# 未使用シートの年間コストの後：「￥480,000 ／年」。
ui-shelfware-per-year = ／年
# 利用中のシートの割合の前：「シート利用率 62%」。
ui-seats-in-use = シート利用率
ui-plan-heading = サクセスプラン

## サポートと顧客評価

ui-sentiment-heading = サービスへの評価
ui-support-heading = サポート
# 期間中のサポートチケットの数値の下。
ui-support-opened = 起票チケット
ui-support-escalated = エスカレート
ui-support-critical = 重大
# チケットの平均満足度評価（「4.6 / 5」）の下。
ui-support-rating = チケット評価
ui-nps-heading = NPS（ネット・プロモーター・スコア）
# 今期と前期のスコアの下。
ui-nps-this-period = NPS（{ $period }）
ui-nps-previous-period = NPS（{ $previous }）
# アンケート回答数の下。
ui-nps-responses = 回答数
# アンケートのコメント（引用）。
ui-comments-heading = お客様の声
# コメントを囲む引用符。
ui-quote-open = 「
ui-quote-close = 」

## 成果の実証と次のステップ

ui-demonstrate-heading = 創出した価値と次のステップ
ui-value-heading = 創出した価値
# 価値の表の最終行、金額合計の前。
ui-value-total = 合計（金額換算の価値を合意済みの目標）
ui-health-heading = ヘルススコア
ui-next-heading = { $next }の目標案
# 提案する目標の最新の測定値の前：「現在 62%」。
ui-next-now = 現在

# 狭い画面でラベルと値を1行に並べるときの区切り（「目標値：91%」）。
ui-label-separator = {"："}
