insights-intro = Posez n’importe quelle question à votre historique d’entraînement en SQL. Rien de ce que vous exécutez ici ne peut le modifier.
insights-ready-made = Prêtes à l’emploi :
insights-saved = Enregistrées :
insights-delete-saved-hover = Supprimer la requête enregistrée { $name }
insights-delete-saved = Supprimer la requête enregistrée { $name }
insights-run = Exécuter (Ctrl+Entrée)
insights-cancel = Annuler
insights-name-hint = nom
insights-query-name = Nom de la requête
insights-save-query = Enregistrer la requête
insights-copy-csv = Copier en CSV
insights-copy-csv-hint = Toute la réponse, avec une ligne d’en-tête
insights-empty-title = Posez une question à votre historique
insights-empty-hint = Choisissez une question toute prête ci-dessus ou écrivez du SQL sur les vues sets, workouts, exercises, bodyweight et records : la réponse s’affiche ici sous forme de tableau, et de graphique si elle contient des nombres.
insights-status = { $count ->
    [one] { $count } ligne en { $ms } ms
   *[other] { $count } lignes en { $ms } ms
}
insights-status-first = { $count ->
    [one] { $count } ligne en { $ms } ms ({ $shown } premières affichées)
   *[other] { $count } lignes en { $ms } ms ({ $shown } premières affichées)
}
insights-sql = SQL
insights-sql-hint = SELECT exercise, max(weight_kg) FROM sets GROUP BY exercise
insights-null = NULL

insights-team-open = Dossier d’équipe { $folder } : { $athletes ->
    [one] { $athletes } athlète
   *[other] { $athletes } athlètes
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}. Interrogez team_sets, team_workouts, team_bodyweight, team_records, team_events.
insights-team-close = Retour à mon historique
insights-coach = Vue coach :
insights-team-folder-hint = dossier de données d’équipe
insights-team-folder = Dossier de données d’équipe
insights-browse = Parcourir…
insights-team-open-button = Ouvrir le dossier d’équipe
insights-team-opening = Ouverture de { $folder }…

insights-chart = Graphique :
insights-chart-across = Graphique selon
insights-chart-by = par
insights-chart-of = Graphique de
insights-chart-line-per = une courbe par
insights-chart-one-line = (une seule courbe)
insights-chart-a-line-per = Graphique : une courbe par
insights-chart-line = Courbe
insights-chart-bar = Barres
insights-chart-off = Pas de graphique
insights-chart-no-numbers = { $column } n’a pas de nombres à représenter.
insights-chart-title = { $y } par { $x }
insights-chart-described = Graphique de { $y } par { $x }

insights-ready-best-squat-each-year = Meilleur squat chaque année
insights-ready-weekly-volume-per-muscle-group = Volume hebdomadaire par groupe musculaire
insights-ready-e1rm-trend-of-the-big-lifts = Évolution du e1RM des mouvements de base
insights-ready-all-records = Tous les records
insights-ready-training-days-per-month = Jours d’entraînement par mois
insights-ready-longest-streaks-weeks-in-a-row = Plus longues séries (semaines d’affilée)
insights-ready-volume-by-set-type = Volume par type de série
insights-ready-workouts-volume-and-time-per-year = Séances, volume et durée par an
insights-ready-bodyweight-per-month = Poids de corps par mois
insights-ready-measurements-first-latest-and-change = Mensurations : première, dernière et évolution
insights-ready-running-distance-and-pace-per-month = Distance et allure de course par mois
insights-ready-weekly-volume-per-athlete = Volume hebdomadaire par athlète
insights-ready-e1rm-trend-per-athlete = Évolution du e1RM par athlète
insights-ready-who-has-not-trained-this-week = Qui ne s’est pas entraîné cette semaine
insights-ready-best-lifts-per-athlete = Meilleures performances par athlète
insights-ready-workouts-per-athlete-per-month = Séances par athlète et par mois

insights-team-closed = le dossier d’équipe est fermé
insights-read-failed = impossible de lire l’historique
insights-run-failed = Impossible d’exécuter la requête : { $detail }
insights-save-needs-name = Donnez un nom et du SQL à la requête pour l’enregistrer.
insights-query-saved = Requête enregistrée : { $name }.
insights-query-deleted = Requête supprimée.
insights-team-opened = Dossier d’équipe ouvert : { $athletes }.
insights-team-open-failed = Impossible d’ouvrir le dossier d’équipe : { $detail }
