## バリューレビュー1ページ目：4つの主要指標タイル。

# タイルの名前。$tile: goals、adoption、health、nps。
tile-label =
    { $tile ->
        [goals] 目標の進捗
        [adoption] シート利用率
        [health] ヘルススコア
       *[nps] NPS
    }

# 大きく表示する数値がない場合。
tile-no-data = データなし

tile-goals-caption = 目標{ $count }件中{ $achieved }件達成

# 目標の進捗なし。$why: no-goals、または not-measured（測定値のない目標 $count 件）。
tile-goals-empty-value =
    { $why ->
        [no-goals] 目標なし
       *[not-measured] 未測定
    }
tile-goals-empty-caption =
    { $why ->
        [no-goals] まだ合意されていません
       *[not-measured] 測定値のない目標{ $count }件
    }
tile-goals-empty-sentence =
    { $why ->
        [no-goals] 目標はまだ合意されていません。次期はまず目標の合意から始めます。
       *[not-measured] どの目標にもまだ測定値がないため、進捗を示せません。
    }

# $active と $seats は整形済みの数値。
tile-adoption-caption = { $active }／{ $seats }シート利用中
tile-adoption-empty-caption =
    { $seats ->
        [0] シートの記録なし
       *[other] { $seats }シート購入済み
    }

# ヘルススコアの下：区分と、算出に使った構成要素の数（全構成要素にデータがある場合 $all が yes）。
tile-health-caption =
    { $scored ->
        [yes] { $all ->
            [yes] { $band }・100点満点
           *[other] { $band }・{ $total }項目中{ $with_data }項目で算出
        }
       *[no] データのある構成要素なし
    }

tile-nps-none = 回答なし
tile-nps-caption =
    { $responses ->
        [0] 今期の回答なし
       *[other] 回答{ $responses }件
    }
