# Sauvegardes : rappel, export, restauration, sauvegardes automatiques, jeu de données d'équipe.

backup-section = Sauvegarde
backup-remind-after = Me le rappeler après ce nombre de séances sans sauvegarde :
backup-never = jamais
backup-since-last = Séances depuis la dernière sauvegarde : { $count } (dernière sauvegarde : { $last })
backup-export-now = Exporter une sauvegarde maintenant…
backup-restore-button = Restaurer une sauvegarde…
backup-browse = Parcourir…
backup-cancel = Annuler
backup-close = Fermer

backup-team = Jeu de données d'équipe
backup-team-intro = Pour un coach : votre entraînement comme votre part d'un dossier d'équipe que DuckDB, Spark et Trino lisent comme une seule table.
backup-team-folder = Dossier d'équipe :
backup-team-folder-name = Dossier d'équipe
backup-team-your-name = Votre nom :
backup-team-athlete-name = Nom de l'athlète
backup-team-export = Exporter vers le dossier d'équipe

backup-auto = Sauvegardes automatiques
backup-auto-enabled = Sauvegarder automatiquement
backup-auto-folder = Dossier :
backup-auto-choose = Choisir…
backup-auto-choose-name = Choisir le dossier des sauvegardes automatiques
backup-auto-when = Quand :
backup-auto-every-workout = après chaque séance enregistrée
backup-auto-daily = une fois par jour
backup-auto-keep = Garder les plus récentes :
backup-auto-last = Dernière sauvegarde automatique : { $at }
backup-auto-last-file = Dernière sauvegarde automatique : { $path } ({ $events } événements)
backup-auto-failed = La sauvegarde automatique a échoué : { $detail }. Le compteur du rappel ne change pas.
backup-auto-no-folder = Choisissez un dossier existant pour les sauvegardes automatiques ({ $path } n'en est pas un).

backup-export-title = Exporter une sauvegarde
backup-format-backup = Sauvegarde (Parquet, tous les événements)
backup-format-csv = Séries en CSV (pour tableurs ; pas une sauvegarde)
backup-export-backup-intro = Toutes les séances que vous avez notées vont dans un seul fichier Parquet, vérifié avant de compter.
backup-export-csv-intro = Une ligne par série de chaque séance enregistrée. Un CSV n'est pas une sauvegarde : le rappel reste.
backup-save-to = Enregistrer sous :
backup-export = Exporter
backup-exporting = Export en cours…
backup-export-loading = Votre historique se charge encore : l'export pourra démarrer dès qu'il sera affiché.
backup-waiting-save-dialog = En attente de la fenêtre d'enregistrement…
backup-in-progress = Une séance est en cours : la sauvegarde la contiendra comme inachevée. L'export continue.
backup-export-no-choice = Aucun fichier choisi. Saisissez un chemin ci-dessus et appuyez sur Exporter, ou cliquez à nouveau sur Parcourir….
backup-export-running = Un export est déjà en cours.
backup-export-cannot-start = impossible de lancer l'export : { $detail }
backup-exporting-to = Export vers { $path } …
backup-writing = Écriture de { $path } …
backup-saved = Sauvegarde enregistrée : { $events } événements, { $size } dans { $path }
backup-failed = La sauvegarde a échoué : { $detail }. Rien n'a été écrit ; le rappel reste.
backup-csv-written = { $detail } (un CSV n'est pas une sauvegarde)
backup-csv-failed = L'export CSV a échoué : { $detail }. Rien n'a été écrit.
backup-team-cannot = Impossible d'exporter vers le dossier d'équipe : { $detail }
backup-team-written = { $events } événements écrits dans le dossier d'équipe { $path } (un jeu de données n'est pas une sauvegarde)
backup-team-failed = L'export d'équipe a échoué : { $detail }. Le dossier garde sa version précédente.

backup-restore-title = Restaurer une sauvegarde
backup-restore-intro = Une restauration ajoute les événements de la sauvegarde que cette base de données n'a pas. Rien de ce que vous avez noté ici n'est modifié ni supprimé.
backup-restore-file = Fichier de sauvegarde :
backup-check = Vérifier
backup-waiting-file-dialog = En attente de la fenêtre de fichier…
backup-checking = Vérification de la sauvegarde : chaque valeur, sa somme de contrôle, chaque événement…
backup-sound = La sauvegarde est saine : { $events }, { $workouts }, du { $from } au { $to } (écrite par GymLog { $version }).
backup-count-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
backup-count-saved-workouts = { $count ->
    [one] { $count } séance enregistrée
   *[other] { $count } séances enregistrées
}
backup-would-add = La restauration ajoute { $events } ; { $present } { $present ->
    [one] est
   *[other] sont
} déjà là ; { $conflicts ->
    [one] { $conflicts } conflit
   *[other] { $conflicts } conflits
} (votre version est gardée).
backup-session-untouched = Votre séance en cours n'est pas touchée.
backup-restore-events = Restaurer { $events }
backup-restoring = Restauration : ajout des événements en une seule transaction…
backup-restored-panel = Restauré : { $added } ajoutés ; la base contient maintenant { $total }.
backup-restore-no-choice = Aucun fichier choisi. Saisissez le chemin de la sauvegarde ci-dessus et appuyez sur Vérifier, ou cliquez à nouveau sur Parcourir….
backup-restored = { $added } événements restaurés ({ $present } étaient déjà là) ; votre historique est en cours d'actualisation.
backup-restore-failed = La restauration a échoué : { $detail }
