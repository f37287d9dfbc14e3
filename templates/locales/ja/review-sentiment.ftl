## バリューレビュー：サポートチケットと NPS。
## $period と $previous は期間名（「2026年Q3」）。

# 前の期間からのスコアの変化：「2026年Q2比+6」。
change-since = { $period }比{ $change }

support-none = { $period }に起票されたサポートチケットはありません。

# $period に起票されたチケット $opened 件。うちエスカレーション $escalated 件、重大 $critical 件
# （0件なら省略）、クローズ $closed 件。
support-tickets =
    { $period }のサポートチケットは起票{ $opened }件（うちエスカレーション{ $escalated }件{ $critical ->
        [0] {""}
       *[other] 、重大{ $critical }件
    }）、クローズ{ $closed }件でした。

# チケットの平均評価（5点満点）。$csat は整形済みの数値（「4.6」）。
support-csat = チケットの評価は、5点満点中平均{ $csat }点でした。
support-csat-score = { $csat } / 5
# 評価なし。$why: no-tickets または unrated。
support-csat-none =
    { $why ->
        [no-tickets] チケットがないため、サポートの評価はありません。
       *[unrated] 今期は評価されたチケットがありません。
    }

# チケットグラフの代替テキストに入る1か月分：「7月 4件（エスカレーション1件）」。
support-chart-month =
    { $month } { $opened }件{ $escalated ->
        [0] {""}
       *[other] （エスカレーション{ $escalated }件）
    }
support-chart-alt = { $period }の月別サポートチケット起票数の棒グラフ：{ $months }。

nps-none = 今期のNPS回答はありません。

# NPS は $responses 件の回答（$promoters、$passives、$detractors）に基づく $score。$trend: up
# または down（$period の $previous から）、same、none（その期間は回答なし）。
nps-score =
    NPSは{ $score }（回答{ $responses }件：推奨者{ $promoters }名、中立者{ $passives }名、批判者{ $detractors }名）{ $trend ->
        [up] で、{ $period }の{ $previous }から上昇しました
        [down] で、{ $period }の{ $previous }から低下しました
        [same] で、{ $period }と同じです
       *[none] です。{ $period }は回答がなかったため、比較できません
    }。

# 回答が少ない場合に、スコアの後に添える注意書き。
nps-caution = 回答が{ $responses }件と少ないため、参考値としてご覧ください。

# 連絡先が不明な場合のコメント記入者（氏名は表示しません）。
nps-respondent = 回答者
nps-comment-score = { $score }/10
# コメントがない理由。$why: no-responses または no-comments。
nps-comments-missing =
    { $why ->
        [no-responses] 今期はNPS回答がないため、コメントはありません。
       *[no-comments] 今期の回答にコメントはありませんでした。
    }

# NPS グラフの代替テキストに入る1期間分：「2026年Q3 +32（回答12件）」。
nps-chart-period =
    { $scored ->
        [yes] { $period } { $score }（回答{ $responses }件）
       *[no] { $period } 回答なし
    }
nps-chart-alt = 期間別NPSの折れ線グラフ（−100～+100）：{ $periods }。
nps-chart-missing = 直近4期間のうち回答があったのが2期間未満のため、NPSの推移グラフは表示していません。
