# Importazione da un'altra app: la finestra, il resoconto della prova, l'esito.

import-title = Importa il tuo storico
import-intro = Si leggono le esportazioni di Strong, Hevy, FitNotes, JEFIT, Liftosaur e GymBook; GymLog riconosce l'app e il formato dal file stesso. Trascina il file sulla finestra, oppure:
import-choose = Scegli un file…
import-or-path = o il suo percorso:
import-check = Verifica
import-where = Dove ogni app mette la sua esportazione
import-hint-strong = Strong: Impostazioni → Esporta dati Strong
import-hint-hevy = Hevy: Profilo → Impostazioni → Esporta e importa dati → Esporta allenamenti
import-hint-fitnotes = FitNotes: Impostazioni → Esportazione foglio di calcolo → Dati allenamento
import-hint-jefit = JEFIT: jefit.com → My Jefit → Impostazioni → Controllo dati → Esporta dati
import-hint-liftosaur = Liftosaur: Io → Esporta lo storico in CSV
import-hint-gymbook = GymBook: Impostazioni → Esporta → Allenamenti (CSV)
import-waiting-dialog = In attesa della finestra dei file…
import-no-choice = Nessun file scelto. Scrivi qui sopra il percorso dell'esportazione e premi Verifica, oppure scegli di nuovo.
import-reading = Lettura dell'esportazione…
import-found-layout = Trovato: { $layout }.
import-which-unit = Questo file non indica la sua unità di peso. I suoi carichi sono in:
import-button = Importa { $count ->
    [one] { $count } allenamento
   *[other] { $count } allenamenti
}
import-cancel = Annulla
import-importing = Importazione in corso, tutto in un'unica transazione…
import-done = { $count ->
    [one] { $count } allenamento importato
   *[other] { $count } allenamenti importati
}: { $added } eventi aggiunti ({ $present } già presenti). Lo Storico li mostra per data.
import-close = Chiudi
import-found = Trovato: { $app } — { $layout }.
import-summary = { $workouts ->
    [one] { $workouts } allenamento
   *[other] { $workouts } allenamenti
} dal { $from } al { $to }: { $sets ->
    [one] { $sets } serie
   *[other] { $sets } serie
}; { $skipped ->
    [one] { $skipped } riga saltata
   *[other] { $skipped } righe saltate
} (su { $rows ->
    [one] { $rows } riga
   *[other] { $rows } righe
}).
import-sets-by-type = Serie: { $types }.
import-set-type = { $count } { $type }
import-set-type-normal = normali
import-set-type-warm-up = di riscaldamento
import-set-type-cool-down = di defaticamento
import-set-type-drop = drop set
import-set-type-failure = a cedimento
import-weigh-ins = { $count ->
    [one] { $count } pesata
   *[other] { $count } pesate
} del tuo peso corporeo.
import-measurements = { $count ->
    [one] { $count } misura corporea
   *[other] { $count } misure corporee
}.
import-already-present = { $count } dei suoi eventi sono già qui (importati prima): vengono saltati.
import-duplicates = { $count ->
    [one] { $count } allenamento già presente
   *[other] { $count } allenamenti già presenti
} in GymLog da un altro file: non aggiunti di nuovo
import-duplicate-line = riga { $line }: { $date } { $name } è { $same }
import-renamed = { $from } è { $to }
import-exercises = Esercizi: { $matched } riconosciuti, { $created } nuovi
import-new-exercise = nuovo: { $name }
import-warnings = Importati come scritti, da controllare: { $count }
import-line = riga { $line }: { $text }
import-skipped-rows = Righe saltate: { $count }
import-the-file = il file
import-imported = { $count } allenamenti importati da { $app } ({ $added } eventi aggiunti, { $present } già presenti, { $duplicates } allenamenti già in GymLog da un altro file).
import-failed = Importazione non riuscita: { $detail }
