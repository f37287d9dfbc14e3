## バリューレビュー「成果の実証」：ヘルススコア。

# $band: healthy、watch、at_risk、no_data。
health-band =
    { $band ->
        [healthy] 健全
        [watch] 要注意
        [at_risk] リスクあり
       *[no_data] データなし
    }

# ヘルススコアの構成要素。
health-component =
    { $component ->
        [adoption] 利用状況
        [goals] 目標の進捗
        [success_plan] サクセスプラン
        [support] サポート
       *[sentiment] 顧客評価（NPS）
    }

health-none = 構成要素のいずれにもデータがないため、ヘルススコアを算出できません。

# ヘルススコアは100点中 $score 点で、区分は $band。$trend: up または down（$period の
# $previous から $points ポイント）、same、none（比較対象なし）。
health-score =
    ヘルススコアは100点中{ $score }点（{ $band ->
        [healthy] 健全
        [watch] 要注意
        [at_risk] リスクあり
       *[no_data] データなし
    }）{ $trend ->
        [up] で、{ $period }の{ $previous }点から{ $points }ポイント上昇しました
        [down] で、{ $period }の{ $previous }点から{ $points }ポイント低下しました
        [same] で、{ $period }から変わっていません
       *[none] です
    }。

# $total 項目の構成要素のうち、データがあるのは $with_data 項目のみ。
health-partial = スコアは{ $total }項目の構成要素のうち{ $with_data }項目に基づいており、その他の項目にはデータがありません。

# スコアの算出根拠：全構成要素（$all が yes）、または $total 項目中 $with_data 項目。
health-basis =
    { $all ->
        [yes] 全{ $total }項目の構成要素に基づいて算出しています。
       *[other] { $total }項目中{ $with_data }項目の構成要素に基づいて算出しています。データのない項目は除外し、残りの項目で比重を再配分しています。
    }

# データのない構成要素には比重がない。
health-not-counted = 対象外
