## グラフ内の語句。線の横に表示されるため、短くしてください。

# 利用状況グラフの線の端：「利用者62名」「100シート」。
chart-active = 利用者{ $count }名
chart-seats = { $count }シート
# サポートグラフの凡例。
chart-tickets-opened = 起票数
chart-tickets-escalated = エスカレーション
# NPS グラフで回答のない期間。
chart-no-replies = 回答なし
