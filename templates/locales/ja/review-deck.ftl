## PowerPoint 版のバリューレビュー（`recap review --format pptx`）。

deck-appendix-heading = 付録：データについて
deck-series-active = アクティブユーザー
deck-series-seats = 購入済みシート

deck-ask-value = これらの成果のうち、経営層にとって最も重要なものはどれですか？社内ではどのように報告していますか？
deck-ask-goals = 次の期間も、これらの目標と目標値で適切でしょうか？
deck-ask-adoption = 本来製品を使うべきなのに、まだ使っていないチームはどこですか？
deck-ask-features = より多くの人が使えば、チームの時間を最も節約できる機能はどれですか？
deck-ask-plan = 未完了のマイルストーンを期限内に終えるために、何が助けになりますか？
deck-ask-support = 今期のサポートについて、チームの皆さんはどう感じましたか？
deck-ask-next = これらの提案のうち、本日ご一緒に合意したいものはどれですか？
