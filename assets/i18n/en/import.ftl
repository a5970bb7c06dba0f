# Import from another app: the panel, the dry run's report, the outcome.

import-title = Import your history
import-intro = Strong, Hevy, FitNotes, JEFIT, Liftosaur and GymBook exports are read; GymLog finds the app and its layout from the file itself. Drop the file on the window, or:
import-choose = Choose file…
import-or-path = or its path:
import-check = Check
import-where = Where each app keeps its export
import-hint-strong = Strong: Settings → Export Strong Data
import-hint-hevy = Hevy: Profile → Settings → Export & Import Data → Export Workouts
import-hint-fitnotes = FitNotes: Settings → Spreadsheet Export → Workout Data
import-hint-jefit = JEFIT: jefit.com → My Jefit → Settings → Data Controls → Export Data
import-hint-liftosaur = Liftosaur: Me → Export history to CSV
import-hint-gymbook = GymBook: Settings → Export → Workouts (CSV)
import-waiting-dialog = Waiting for the file dialog…
import-no-choice = No file chosen. Type the export's path above and press Check, or choose again.
import-reading = Reading the export…
import-found-layout = Found: { $layout }.
import-which-unit = This file does not say its weight unit. Its weights are in:
import-button = Import { $count ->
    [one] { $count } workout
   *[other] { $count } workouts
}
import-cancel = Cancel
import-importing = Importing, all in one transaction…
import-done = Imported { $count ->
    [one] { $count } workout
   *[other] { $count } workouts
}: { $added } events added ({ $present } already here). Your History shows them by date.
import-close = Close
import-found = Found: { $app } — { $layout }.
import-summary = { $workouts ->
    [one] { $workouts } workout
   *[other] { $workouts } workouts
} from { $from } to { $to }: { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}; { $skipped ->
    [one] { $skipped } row
   *[other] { $skipped } rows
} skipped (of { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}).
import-sets-by-type = Sets: { $types }.
import-set-type = { $count } { $type }
import-set-type-normal = normal
import-set-type-warm-up = warm-up
import-set-type-cool-down = cool-down
import-set-type-drop = drop
import-set-type-failure = failure
import-weigh-ins = { $count ->
    [one] { $count } weigh-in
   *[other] { $count } weigh-ins
} of your bodyweight.
import-measurements = { $count ->
    [one] { $count } measurement
   *[other] { $count } measurements
} of your body.
import-already-present = { $count } of its events are already here (imported before): they are skipped.
import-duplicates = { $count ->
    [one] { $count } workout
   *[other] { $count } workouts
} already in GymLog from another file: not added again
import-duplicate-line = line { $line }: { $date } { $name } is { $same }
import-renamed = { $from } is { $to }
import-exercises = Exercises: { $matched } matched, { $created } new
import-new-exercise = new: { $name }
import-warnings = Imported as written, worth a look: { $count }
import-line = line { $line }: { $text }
import-skipped-rows = Skipped rows: { $count }
import-the-file = the file
import-imported = Imported { $count } workouts from { $app } ({ $added } events added, { $present } already here, { $duplicates } workouts already in GymLog from another file).
import-failed = Import failed: { $detail }
