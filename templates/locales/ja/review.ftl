## バリューレビュー全体：タイトル、作成者、データに関する注記。

# PDF のタイトル。$account は顧客名、$period は期間名。
review-title = { $account }様向けバリューレビュー（{ $period }）

# タイトルの下。$named はアカウントに CSM（$csm）がいる場合に yes。$company はベンダー名。
review-prepared-by =
    { $named ->
        [yes] 作成：{ $csm }（{ $company }）
       *[no] 作成：{ $company }
    }

## データから判断できなかった点に関する注記（「データについて」）。

# $table はデータテーブル名、$problem は recap が検出した問題（英語）。
note-unreadable-rows = { $table }の一部の行を読み取れませんでした（{ $problem }）。
note-partly-valued = 金額換算の対象は、測定済みの目標{ $measured }件のうち{ $valued }件です。その他の目標は単位あたりの価値が合意されていないため、それぞれの指標で示しています。
note-no-usage = { $month }の製品利用は記録されていません。
note-no-nps = 貴社のNPS調査の回答は記録されていません。
