# Import depuis une autre appli : la fenêtre, le rapport de l'essai, le résultat.

import-title = Importer votre historique
import-intro = Les exports de Strong, Hevy, FitNotes, JEFIT, Liftosaur et GymBook sont lus ; GymLog reconnaît l'appli et sa disposition d'après le fichier lui-même. Déposez le fichier sur la fenêtre, ou :
import-choose = Choisir un fichier…
import-or-path = ou son chemin :
import-check = Vérifier
import-where = Où chaque appli range son export
import-hint-strong = Strong : Réglages → Exporter les données Strong
import-hint-hevy = Hevy : Profil → Réglages → Exporter et importer des données → Exporter les séances
import-hint-fitnotes = FitNotes : Réglages → Export tableur → Données des séances
import-hint-jefit = JEFIT : jefit.com → My Jefit → Réglages → Contrôle des données → Exporter les données
import-hint-liftosaur = Liftosaur : Moi → Exporter l'historique en CSV
import-hint-gymbook = GymBook : Réglages → Export → Séances (CSV)
import-waiting-dialog = En attente de la fenêtre de fichier…
import-no-choice = Aucun fichier choisi. Saisissez le chemin de l'export ci-dessus et appuyez sur Vérifier, ou choisissez à nouveau.
import-reading = Lecture de l'export…
import-found-layout = Trouvé : { $layout }.
import-which-unit = Ce fichier n'indique pas son unité de poids. Ses charges sont en :
import-button = Importer { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
import-cancel = Annuler
import-importing = Import en cours, en une seule transaction…
import-done = { $count ->
    [one] { $count } séance importée
   *[other] { $count } séances importées
} : { $added } événements ajoutés ({ $present } déjà là). Votre historique les montre par date.
import-close = Fermer
import-found = Trouvé : { $app } — { $layout }.
import-summary = { $workouts ->
    [one] { $workouts } séance
   *[other] { $workouts } séances
} du { $from } au { $to } : { $sets ->
    [one] { $sets } série
   *[other] { $sets } séries
} ; { $skipped ->
    [one] { $skipped } ligne ignorée
   *[other] { $skipped } lignes ignorées
} (sur { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}).
import-sets-by-type = Séries : { $types }.
import-set-type = { $count } { $type }
import-set-type-normal = normales
import-set-type-warm-up = d'échauffement
import-set-type-cool-down = de retour au calme
import-set-type-drop = dégressives
import-set-type-failure = jusqu'à l'échec
import-weigh-ins = { $count ->
    [one] { $count } pesée
   *[other] { $count } pesées
} de votre poids de corps.
import-measurements = { $count ->
    [one] { $count } mensuration
   *[other] { $count } mensurations
}.
import-already-present = { $count } de ses événements sont déjà là (importés avant) : ils sont ignorés.
import-duplicates = { $count ->
    [one] { $count } séance déjà dans GymLog
   *[other] { $count } séances déjà dans GymLog
} depuis un autre fichier : pas ajoutées à nouveau
import-duplicate-line = ligne { $line } : { $date } { $name } est { $same }
import-renamed = { $from } est { $to }
import-exercises = Exercices : { $matched } reconnus, { $created } nouveaux
import-new-exercise = nouveau : { $name }
import-warnings = Importé tel quel, à vérifier : { $count }
import-line = ligne { $line } : { $text }
import-skipped-rows = Lignes ignorées : { $count }
import-the-file = le fichier
import-imported = { $count } séances importées depuis { $app } ({ $added } événements ajoutés, { $present } déjà là, { $duplicates } séances déjà dans GymLog depuis un autre fichier).
import-failed = L'import a échoué : { $detail }
