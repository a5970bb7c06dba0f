# The exercise picker and the Exercises screen (ui/exercise_picker.rs, ui/library.rs).
# Names of the built-in exercises are in exercises.ftl.

# The exercise picker (workout and routines).
exercises-search = Search exercises:
exercises-picker-hint = e.g. bench, ohp, db press
exercises-all-muscle-groups = All muscle groups
exercises-filter-muscle-group = Filter by muscle group
exercises-add = Add { $name }
exercises-more = and { $count } more — keep typing
exercises-none-create = No exercise matches. Create it:

# What a set of an exercise records.
exercises-kind-weight-reps = Weight × reps
exercises-kind-bodyweight-reps = Bodyweight reps (+ load)
exercises-kind-reps-only = Reps only
exercises-kind-duration = Time
exercises-kind-distance-duration = Distance + time
exercises-kind-weight-distance = Weight + distance

# The Exercises screen.
exercises-library-hint = name, muscle, or ohp, rdl…
exercises-order = Order:
exercises-order-library = By muscle group
exercises-order-most-done = Most done first
exercises-order-last-done = Last done first
exercises-nothing-called = Nothing in the library is called "{ $query }" (names, muscles and abbreviations like ohp or rdl are searched). Create it with "Create a custom exercise" above.
exercises-no-match = No exercise matches
exercises-column-exercise = Exercise
exercises-column-muscle-group = Muscle group
exercises-column-equipment = Equipment
exercises-column-logged-as = Logged as
exercises-column-sessions = Sessions
exercises-column-last-done = Last done
exercises-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
exercises-sets-in-all = { $count ->
    [one] { $count } set in all
   *[other] { $count } sets in all
}
exercises-last-done-on = { $name } last done { $day }
exercises-records-of = Records of { $name }

# The lifter's own exercises: rename, merge, delete.
exercises-new-name-for = New name for { $name }
exercises-save-name = Save name
exercises-cancel = Cancel
exercises-choose = choose…
exercises-merge-into = Merge { $name } into
exercises-merge = Merge
exercises-rename = Rename
exercises-rename-named = Rename { $name }
exercises-merge-ellipsis = Merge…
exercises-merge-named = Merge { $name } into another exercise
exercises-delete-question = Delete { $name }?
exercises-delete = Delete
exercises-delete-yes = Yes, delete

# Creating a custom exercise (Exercises screen and workout).
exercises-create-custom = Create a custom exercise
exercises-form-name = Name
exercises-form-name-hint = e.g. Belt Squat
exercises-form-equipment = Equipment
exercises-form-equipment-hint = e.g. Machine
exercises-form-muscle-group = Muscle group
exercises-form-records = Records
exercises-form-create = Create exercise
