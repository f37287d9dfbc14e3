## The value review as a PowerPoint deck (`recap review --format pptx`): the few words only the
## deck has. Every other word on its slides and in its speaker notes is the review's own.

# The last slide's title: what the data could not tell, and how the figures are measured.
deck-appendix-heading = Appendix: about the data
# The series of the adoption and feature charts (the chart's legend and its workbook's columns).
deck-series-active = Active users
deck-series-seats = Seats purchased

# The question for the customer at the end of a slide's speaker notes (the CSM asks it).
deck-ask-value = Which of these results matters most to your leadership, and how do you report it internally?
deck-ask-goals = Are these still the right goals and targets for next period?
deck-ask-adoption = Which teams should be using the product and are not yet?
deck-ask-features = Which features would save your team the most time if more people used them?
deck-ask-plan = What would help us finish the open milestones on time?
deck-ask-support = How did support feel to your team this period?
deck-ask-next = Which of these proposals should we commit to together today?
