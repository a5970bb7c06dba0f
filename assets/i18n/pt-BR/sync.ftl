# Configurações → Sincronização: a pasta compartilhada, este dispositivo, a criptografia, o status abaixo da navegação.

sync-section = Sincronização entre dispositivos
sync-intro = Um só histórico no notebook e no desktop: por meio de uma pasta que sua ferramenta de sincronização (Syncthing, Nextcloud, Dropbox, uma pasta de rede, um pendrive) mantém em dia. Sem servidor, sem conta.
sync-folder = Pasta de sincronização:
sync-folder-hint = /home/voce/Sync/GymLog
sync-browse = Procurar…
sync-browse-name = Escolher a pasta de sincronização
sync-use-folder = Sincronizar por esta pasta
sync-this-device = Este dispositivo:
sync-rename = Renomear
sync-now = Sincronizar agora
sync-stop = Parar de sincronizar
sync-not-watched = (esta pasta não pode ser monitorada: o GymLog verifica a cada 5 minutos)
sync-syncing = Sincronizando…
sync-unlocking = Abrindo a chave da pasta…
sync-failed-detail = A sincronização falhou: { $detail }
sync-not-yet = ainda não
sync-last = Última sincronização: { $when }
sync-last-summary = Última sincronização: { $when } — { $summary }
sync-summary = { $sent } alterações enviadas, { $received } recebidas
sync-summary-skipped = { $sent } alterações enviadas, { $received } recebidas, { $count ->
    [one] { $count } arquivo ignorado
   *[other] { $count } arquivos ignorados
}
sync-locked-intro = Esta pasta é criptografada. Digite a frase secreta dela — a definida no seu outro dispositivo — para sincronizar.
sync-passphrase = Frase secreta:
sync-unlock = Desbloquear
sync-encrypted = Criptografada: quem hospeda a pasta não consegue ler seu treino (age, com a sua frase secreta).
sync-encrypt-header = Criptografar a pasta…
sync-encrypt-intro = Para uma pasta na nuvem de outra pessoa: cada arquivo que o GymLog coloca lá é criptografado. Seus outros dispositivos pedem a frase secreta uma vez. Não há como recuperá-la: guarde-a no seu gerenciador de senhas.
sync-new-passphrase = Nova frase secreta:
sync-again = Repetir:
sync-passphrase-short = Pelo menos { $count } caracteres (algumas palavras são o ideal).
sync-passphrases-differ = As duas frases secretas são diferentes.
sync-encrypt = Criptografar
sync-devices = Dispositivos na pasta
sync-device = Dispositivo
sync-last-seen = Visto por último
sync-events = Eventos
sync-this-device-name = { $name } (este dispositivo)
sync-skipped = Ignorados ({ $count ->
    [one] { $count } arquivo
   *[other] { $count } arquivos
})
sync-skipped-hint = Nada disso foi mesclado; cada um é verificado de novo na próxima sincronização.
sync-changed-two = Alteradas em dois dispositivos
sync-changed-two-hint = As duas edições estão no histórico de alterações; vale a mais recente. Corrija a série no Histórico se precisar.
sync-a-set = Uma série
sync-changed-line = { $exercise }: vale a edição de { $kept } ({ $kept-at }), a de { $aside } ({ $aside-at }) foi deixada de lado
sync-status-locked = Sincronização bloqueada
sync-status-failed = Sincronização falhou
sync-status-not-yet = Ainda não sincronizado
sync-status-synced = Sincronizado às { $at }
sync-status-hover = Configurações → Sincronização

sync-not-a-folder = { $path } não é uma pasta aqui: escolha a pasta que sua ferramenta de sincronização mantém em dia.
sync-cannot-forget = Não foi possível esquecer a pasta de sincronização: { $detail }
sync-off = A sincronização está desligada. Os arquivos da pasta ficam; seus outros dispositivos mantêm os deles.
sync-cannot-rename = Não foi possível renomear este dispositivo: { $detail }
sync-encrypted-now = A pasta de sincronização agora é criptografada: dê a mesma frase secreta aos seus outros dispositivos.
sync-unlocked = A pasta de sincronização está desbloqueada neste dispositivo: a sincronização começa agora.
sync-received = { $count ->
    [one] { $count } alteração sincronizada
   *[other] { $count } alterações sincronizadas
} de { $from }.
sync-changed-two-toast = { $count ->
    [one] Uma série foi alterada
   *[other] Séries foram alteradas
} em dois dispositivos ao mesmo tempo ({ $count }): veja Configurações → Sincronização.
sync-other-devices = seus outros dispositivos
sync-and = { $rest } e { $last }
