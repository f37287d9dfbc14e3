## PowerPoint 版のバリューレビュー（`recap review --format pptx`）。

deck-appendix-heading = 付録：データについて
deck-series-active = アクティブユーザー
deck-series-seats = 購入済みシート
