## コールブリーフ：CSM が顧客と話す前に読む 1 ページ（recap brief）。
## 数値・日付・金額は言語に合わせて書式設定済み（CLDR）で届きます。メッセージは配置するだけです。
## リストの各行は列の 1 行に収まるよう短くしてください。

brief-title = コールブリーフ：{ $account }
brief-heading = コールブリーフ
brief-subtitle = { $id } · { $date } 時点 · { $since } 以降の変化

brief-cell-arr = ARR
brief-cell-renewal = 更新日
brief-cell-contract = 契約開始日
brief-cell-segment = セグメント
brief-cell-touch = 対応モデル
brief-cell-csm = CSM
brief-arr-none = ARR データなし
brief-not-recorded = 未登録
brief-renewal-days =
    { $when ->
        [today] 本日
        [past] { $days } 日前
       *[future] あと { $days } 日
    }
brief-no-data = データなし

brief-health-heading = ヘルススコア
brief-health-previous = 1 四半期前：{ $score }
brief-health-component = { $component }：{ $now }（1 四半期前：{ $before }）
brief-health-moved =
    { $component }は { $date } 以降 { $from } から { $to } に{ $direction ->
        [up] 上昇
       *[down] 低下
    }しました。
brief-health-escalations = 今四半期はチケット { $opened } 件中 { $escalations } 件がエスカレーションされました。
brief-health-steady = { $date } 以降、変化した要素はありません。
brief-health-no-comparison = 比較なし：1 四半期前のヘルススコアにはデータがありません。

brief-points-heading = トークポイント
brief-points-none = トークポイントなし：フッターのルールはいずれもこのアカウントに当てはまりません。
brief-someone = ある担当者
brief-point-renewal = 更新まで { $days } 日（{ $date }）、ヘルススコアは { $health }：更新の妨げになっていることを聞いてください。
brief-point-detractor =
    { $who }が { $date } に NPS { $score } と回答{ $commented ->
        [yes] ：「{ $comment }」
       *[no] しました。
    }
brief-point-health = ヘルススコアが { $date } 以降 { $from } から { $to } に低下：何が変わったのか確かめてください。
brief-point-shelfware = 有料シート { $seats } 席が未使用で、{ $value }（ARR の { $share }）に相当：更新の話の前に活用計画を立ててください。
brief-point-goal = 「{ $goal }」が { $date } に目標を達成（目標 { $target } に対し { $actual }）：一緒に祝いましょう。

brief-changed-heading = { $date } 以降の変化
brief-changed-tickets =
    { $opened ->
        [0] 新規チケットなし
       *[other] 新規チケット { $opened } 件
    }{ $escalated ->
        [0] {""}
       *[other] 、うちエスカレーション { $escalated } 件
    }
brief-changed-nps = NPS 回答 { $responses } 件：NPS { $score }、批判者 { $detractors } 人
brief-changed-no-nps = NPS 回答なし
brief-changed-quote = { $who }（{ $score }）：「{ $comment }」
brief-changed-arr = ARR { $from } → { $to }（{ $month }）
brief-changed-seats = 購入シート数 { $from } → { $to }
brief-changed-late = 期限超過になったマイルストーン：{ $title }（期限 { $date }）
brief-changed-done = 完了したマイルストーン：{ $title }（{ $date }）
brief-changed-measured = { $goal }：{ $value }（{ $date }）

brief-severity =
    { $severity ->
        [critical] 緊急
        [high] 高
        [normal] 中
        [low] 低
       *[other] { $name }
    }
brief-tickets-heading = 未解決のチケット（{ $count }）
brief-ticket = { $severity } · { $id } · { $days } 日経過{ $escalated ->
        [yes] {" "}· エスカレーション済み
       *[no] {""}
    }
brief-tickets-none = 未解決のチケットはありません。
brief-late-heading = 期限超過のマイルストーン（{ $count }）
brief-late = { $title } · { $named ->
        [yes] { $owner }
       *[no] { $side ->
            [customer] 顧客
            [vendor] 当社
           *[other] 担当者なし
        }
    } · 期限 { $date }（{ $days } 日超過）
brief-late-none = 期限超過のマイルストーンはありません。
brief-off-track-heading = 計画から外れた目標（{ $count }）
brief-off-track = { $goal } · { $status } · { $target }{ $dated ->
        [yes] （期限 { $date }）
       *[no] {""}
    }
brief-off-track-none = 計画から外れた目標はありません。
brief-goals-none = 目標は登録されていません。

brief-people-heading = 関係者（{ $count }）
brief-person = { $name }{ $unsubscribed ->
        [yes] {" "}· 配信停止：メール不可
       *[no] {""}
    } · { $role }{ $located ->
        [yes] {" "}· { $locale }
       *[no] {""}
    }{ $scored ->
        [yes] {" "}· NPS { $score }
       *[no] {""}
    }
brief-people-none = 担当者は登録されていません。

brief-and-more = ほか { $count } 件

brief-rules = トークポイントはルールごとに 1 つ：更新まで { $days } 日以内でヘルススコアが { $health } 未満、{ $since } 以降の批判者（NPS { $detractor } 以下）、1 四半期でヘルススコアが { $drop } ポイント以上低下、未使用シートの価値が ARR の { $share } 超、{ $since } 以降に目標を達成した目標。ヘルススコアはバリューレビューと同じ算出方法です。データには批判者へのフォローアップの記録はありません。

ui-brief-out-of = / 100
ui-brief-open-heading = 未解決の事項
