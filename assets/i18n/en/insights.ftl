# The Insights screen: SQL over the history (the views keep their English names: sets,
# workouts, exercises…), ready-made and saved queries, charts of an answer, a team folder.

insights-intro = Ask your training history anything in SQL. Nothing you run here can change it.
insights-ready-made = Ready-made:
insights-saved = Saved:
insights-delete-saved-hover = Delete the saved query { $name }
insights-delete-saved = Delete saved query { $name }
insights-run = Run (Ctrl+Enter)
insights-cancel = Cancel
insights-name-hint = name
insights-query-name = Query name
insights-save-query = Save query
insights-copy-csv = Copy as CSV
insights-copy-csv-hint = The whole answer, with a header row
insights-empty-title = Ask your history a question
insights-empty-hint = Pick a ready-made question above or write SQL over the views sets, workouts, exercises, bodyweight and records: the answer appears here as a table, and as a chart when it has numbers.
insights-status = { $count ->
    [one] { $count } row in { $ms } ms
   *[other] { $count } rows in { $ms } ms
}
insights-status-first = { $count ->
    [one] { $count } row in { $ms } ms (first { $shown } shown)
   *[other] { $count } rows in { $ms } ms (first { $shown } shown)
}
# SQL: the same in every language.
insights-sql = SQL
insights-sql-hint = SELECT exercise, max(weight_kg) FROM sets GROUP BY exercise
insights-null = NULL

insights-team-open = Team folder { $folder }: { $athletes ->
    [one] { $athletes } athlete
   *[other] { $athletes } athletes
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}. Query team_sets, team_workouts, team_bodyweight, team_records, team_events.
insights-team-close = Back to my history
insights-coach = Coach's view:
insights-team-folder-hint = team dataset folder
insights-team-folder = Team dataset folder
insights-browse = Browse…
insights-team-open-button = Open team folder
insights-team-opening = Opening { $folder }…

insights-chart = Chart:
insights-chart-across = Chart across
insights-chart-by = by
insights-chart-of = Chart of
insights-chart-line-per = a line per
insights-chart-one-line = (one line)
insights-chart-a-line-per = Chart a line per
insights-chart-line = Line
insights-chart-bar = Bar
insights-chart-off = No chart
insights-chart-no-numbers = { $column } has no numbers to chart.
# $y and $x are column names of the answer.
insights-chart-title = { $y } by { $x }
insights-chart-described = Chart of { $y } by { $x }

# The ready-made questions (ids: insights-ready- and the English name in kebab case).
insights-ready-best-squat-each-year = Best squat each year
insights-ready-weekly-volume-per-muscle-group = Weekly volume per muscle group
insights-ready-e1rm-trend-of-the-big-lifts = e1RM trend of the big lifts
insights-ready-all-records = All records
insights-ready-training-days-per-month = Training days per month
insights-ready-longest-streaks-weeks-in-a-row = Longest streaks (weeks in a row)
insights-ready-volume-by-set-type = Volume by set type
insights-ready-workouts-volume-and-time-per-year = Workouts, volume and time per year
insights-ready-bodyweight-per-month = Bodyweight per month
insights-ready-measurements-first-latest-and-change = Measurements: first, latest and change
insights-ready-running-distance-and-pace-per-month = Running distance and pace per month
insights-ready-weekly-volume-per-athlete = Weekly volume per athlete
insights-ready-e1rm-trend-per-athlete = e1RM trend per athlete
insights-ready-who-has-not-trained-this-week = Who has not trained this week
insights-ready-best-lifts-per-athlete = Best lifts per athlete
insights-ready-workouts-per-athlete-per-month = Workouts per athlete per month

# Messages of running and saving queries and opening a team folder.
insights-team-closed = the team folder is closed
insights-read-failed = could not read the history
insights-run-failed = Could not run the query: { $detail }
insights-save-needs-name = Give the query a name and some SQL to save.
insights-query-saved = Saved the query: { $name }.
insights-query-deleted = Query deleted.
insights-team-opened = Opened the team folder: { $athletes }.
insights-team-open-failed = Could not open the team folder: { $detail }
