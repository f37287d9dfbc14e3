## The value review as a PowerPoint deck (`recap review --format pptx`): the few words only the
## deck has. Every other word on its slides and in its speaker notes is the review's own.

# The last slide's title: what the data could not tell, and how the figures are measured.
deck-appendix-heading = Appendix: about the data
# The series of the adoption and feature charts (the chart's legend and its workbook's columns).
deck-series-active = Active users
deck-series-seats = Seats purchased
