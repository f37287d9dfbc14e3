## バリューレビュー「次のステップ」：次期に向けて提案する目標。
## $metric はデータ上の目標の指標名。LOWERFIRST($metric) は文中で先頭文字を小文字にする関数で、
## 日本語では使用しません。

# 目標の現状：最新の数値と、$measured が yes のときは進捗 $progress。
next-now =
    { $measured ->
        [yes] { $actual }（進捗{ $progress }）
       *[no] { $actual }
    }

# 1つの目標に対する提案。$action:
#   renew: 達成済み。$role（role-in-sentence）と新たな目標値を合意する。
#   carry-missed: 未達。$next_end までに $target を達成する（$dated が yes のとき当初期限は $due）。
#   carry-measure: 未測定。carry-retarget: 目標値がベースラインと同じ。
#   due: 次期に期限を迎える。$due までに達成する（現在リスクありの場合 $at_risk が yes）。
#   carry-date: リスクありで期限が未設定。
next-action =
    { $action ->
        [renew] 達成済み：{ $role }と合意のうえ、{ $metric }の次の目標値を設定します。
        [carry-missed] 繰り越し：{ $next_end }までに目標値{ $target }の達成を目指します（当初期限：{ $dated ->
            [yes] { $due }
           *[no] 未設定
        }）。
        [carry-measure] 繰り越し：{ $metric }の測定を開始し、目標値{ $target }に対する進捗を追跡します。
        [carry-retarget] 繰り越し：{ $metric }について、ベースラインとは異なる目標値を合意します。
        [due] 次期期限：{ $due }までに目標値{ $target }の達成を目指します{ $at_risk ->
            [yes] （現在リスクあり）
           *[no] {""}
        }。
       *[carry-date] 繰り越し：目標値{ $target }の達成期限と、そこに至る計画を定めます。
    }

# 1ページ目の提案1件：目標のタイトルと、その提案内容。
next-proposal = 【{ $title }】{ $action }

# 3つの一覧の見出し。$group: carried、due、renew。
next-group =
    { $group ->
        [carried] 繰り越し
        [due] 次期期限
       *[renew] 達成済み：次の目標値を設定
    }

next-no-goals = { $period }に向けて、ステークホルダーごとにベースライン・目標値・期限を定めた目標を合意することをご提案します。

# サマリーの1項目：「繰り越し2件」。$kind: carried、due、renew。
next-summary-part =
    { $kind ->
        [carried] 繰り越し{ $count }件
        [due] 次期期限{ $count }件
       *[renew] 達成済み（目標値を再設定）{ $count }件
    }

# 「2026年Q4の提案対象は、繰り越し2件、次期期限1件です。」（$changes は $parts に
# next-summary-part の一覧が入る場合に yes）。それ以外は変更の必要なし。
next-summary =
    { $changes ->
        [yes] { $period }の提案対象は、{ $parts }です。
       *[no] { $period }に向けて変更が必要な目標はありません。
    }

next-continuing = { $count }件の目標は、合意済みの期限に向けて継続中です。

# 提案なし。$why: no-goals または all-continue。
next-empty =
    { $why ->
        [no-goals] 目標はまだありません。次期はまず目標の合意から始めます。
       *[all-continue] すべての目標が合意済みの期限に向けて継続中のため、繰り越す目標はありません。
    }
