# The Progress screen (weekly volume, the calendar heat map, streaks), the charts, and an
# exercise's detail screen (its records, rep maxes, charts and sessions).

progress-empty-title = Nothing to chart yet
progress-empty-hint = Save a workout and your training days, streaks and weekly volume per muscle group show here.
progress-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
# $current and $longest are progress-weeks: "3 weeks".
progress-streak = Training streak: { $current } in a row now · longest { $longest }
progress-updating = Updating…
progress-volume-per-week = Volume per week ({ $unit })
progress-all-muscle-groups = All muscle groups
progress-muscle-group = Muscle group
progress-volume = Volume
progress-group-volume = { $group } volume
# A bar of the weekly volume chart: the week's first day.
progress-week-of = week of { $date }
progress-training-days = Training days
progress-earlier-year = Earlier year
progress-later-year = Later year
progress-year-summary = { $days ->
    [one] { $days } training day
   *[other] { $days } training days
} in { $year } ({ $workouts ->
    [one] { $workouts } workout
   *[other] { $workouts } workouts
})
# A day of the heat map: $workouts and $sets are counts ("2 workouts", "18 sets"), $volume "6420 kg".
progress-day = { $date }: { $workouts }, { $sets }, { $volume }
progress-rest-day = { $date }: rest day
progress-heat-map-hint = Darker: more sets that day. Hover a day for its workouts.

progress-back-button = ⏴ Back
progress-back = Back
progress-exercise-empty-title = No sets of this exercise yet
progress-exercise-empty-hint = Its records, estimated one-rep max and charts show here once a saved workout has a set of it.
progress-sessions-since = { $count ->
    [one] { $count } session since { $date }
   *[other] { $count } sessions since { $date }
}
progress-sessions = Sessions
progress-session-date = Date
progress-session-name = Name
progress-session-best-set = Best set
progress-session-sets = Sets
progress-records = Records
progress-record-e1rm = Estimated 1RM
progress-record-heaviest = Heaviest weight
progress-record-reps-at-weight = Most reps at this weight
progress-record-set-volume = Best set volume
progress-record-session-volume = Best session volume
progress-record-most-reps = Most reps
progress-record-longest-time = Longest time
progress-record-longest-distance = Longest distance
# The heaviest weight for at least $reps reps: "5RM".
progress-rep-max = { $reps }RM
progress-reps = { $count ->
    [one] { $count } rep
   *[other] { $count } reps
}
progress-rep-maxes = Rep maxes (heaviest for at least that many reps)
progress-reps-at-each-weight = Most reps at each weight
progress-kind-weight-reps = Weight × reps
progress-kind-bodyweight-reps = Bodyweight reps (+ load)
progress-kind-reps-only = Reps only
progress-kind-duration = Time
progress-kind-distance-duration = Distance + time
progress-kind-weight-distance = Weight + distance
progress-chart = Chart:
progress-chart-best-e1rm = Best estimated 1RM ({ $unit })
progress-chart-most-reps = Most reps in a set
progress-chart-longest-time = Longest time (s)
progress-chart-longest-distance = Longest distance ({ $unit })
progress-chart-top-set-weight = Top set weight ({ $unit })
progress-chart-session-volume = Session volume ({ $unit })
progress-chart-hint = Drag to pan, Ctrl + scroll to zoom, double-click to reset.
