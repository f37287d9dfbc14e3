## すべての文書で共通の語句：期間、ステークホルダーの役割、目標のステータス、数値。
## 数値・金額・日付は読み手のロケール（CLDR）に合わせて整形済みで渡されるため、
## メッセージはそれを配置するだけです。自由に編集できます。`recap review` は実行のたびにこれらのファイルを読み込みます。

# 暦の四半期。$quarter は 1～4、$year は 2026 などの年。
period-quarter = { $year }年Q{ $quarter }

# 月・四半期・年に一致しない期間。$start と $end は日付。
period-range = { $start }～{ $end }

# ラベルとしてのステークホルダーの役割。$role は以下のキーのいずれか。$name は recap が
# 認識しない役割で、データの表記のまま。
role =
    { $role ->
        [executive_sponsor] エグゼクティブスポンサー
        [champion] チャンピオン
        [end_user] エンドユーザー
        [admin] 管理者
        [unassigned] 未割り当て
       *[other] { $name }
    }

# 文中での同じ役割：「エグゼクティブスポンサーと合意のうえ、…の次の目標値を設定します」。
role-in-sentence =
    { $role ->
        [executive_sponsor] エグゼクティブスポンサー
        [champion] チャンピオン
        [end_user] エンドユーザー
        [admin] 管理者
        [unassigned] チーム
       *[other] { $name }
    }

# 目標の状況。
goal-status =
    { $status ->
        [achieved] 達成
        [on_track] 順調
        [at_risk] リスクあり
        [missed] 未達
       *[no_data] データなし
    }

# パーセントポイントで表す数値（表などの簡潔な表記）。$value は整形済み。$count は同じ数値
# （複数形用。日本語では不使用）。
quantity-points = { $value }pt

# 表示しきれない名前：「山田太郎、佐藤花子ほか3名」。
names-and-more = { $names }ほか{ $more }名

# 文中でのパーセントポイントの変化：「24ポイント上昇」「4.5ポイント増」。
points-words = { $value }ポイント

# 同じ段落内の2つの文の間に入るもの（日本語では何も入れない）。
sentence-gap = {""}
