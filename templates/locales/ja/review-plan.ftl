## バリューレビュー「価値の提供」：サクセスプラン。
## マイルストーンのタイトルと担当者名はデータ上の表記。

# マイルストーン担当者としての顧客側（ベンダー側はベンダー名）。
plan-customer = 貴社

# サクセスプランのステージ。$name は recap が認識しないステージで、データの表記のまま。
plan-stage =
    { $stage ->
        [discovery] ディスカバリー
        [benchmark_goals] ベンチマークと目標設定
        [plan] 計画
        [collaboration] コラボレーション
        [success_dashboard] サクセスダッシュボード
       *[other] { $name }
    }

# マイルストーンの状況。
plan-state =
    { $state ->
        [done] 完了
        [done_late] 遅れて完了
        [late] 遅延
       *[upcoming] 予定
    }

# タイムライン上の時期。$done と $due は日付。
plan-when =
    { $when ->
        [done-after-due] { $done }完了（期限 { $due }）
        [done] { $done }完了
        [late] 期限 { $due }・未完了
        [due] 期限 { $due }
       *[undated] 期限未設定
    }

plan-none = サクセスプランのマイルストーンは登録されていません。
plan-empty = サクセスプランのマイルストーンは登録されていません。次期に向けて、双方の担当者を定めたプランをご提案します。

# $date までに期限を迎えたマイルストーン $due 件のうち $done 件が完了（$progress）。
plan-progress = { $date }までに期限を迎えたマイルストーン{ $due }件のうち、{ $done }件が完了しています（{ $progress }）。
plan-nothing-due = { $date }までに期限を迎えたマイルストーンはありません。
plan-one-late = 遅延しているのは{ $title }（{ $owner }）の1件です。
plan-many-late = { $count }件が遅延しています。
plan-upcoming = 今後予定されているマイルストーンは{ $count }件です。

# 期間前に完了したマイルストーンを折りたたんだ場合に、タイムラインの下に表示。
plan-hidden = 完了済みの過去のマイルストーン{ $count }件は表示していません。
