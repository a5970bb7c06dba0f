# Por que uma sincronização pulou um arquivo (Configurações → Sincronização, em "Pulados").
sync-skips-still-arriving = um arquivo temporário de uma ferramenta de sincronização ou do GymLog (ainda sendo gravado ou chegando)
sync-skips-lock-file = um arquivo de bloqueio
sync-skips-conflict-copy = uma cópia de conflito feita por uma ferramenta de sincronização (cada dispositivo grava só os próprios arquivos, então ela não traz nada novo)
sync-skips-foreign = não é um arquivo do formato de sincronização do GymLog
sync-skips-plain-in-encrypted = um arquivo sem criptografia numa pasta criptografada: não mesclado (qualquer um que possa gravar na pasta poderia tê-lo colocado ali)
sync-skips-plain-of-another-device = um arquivo sem criptografia numa pasta criptografada: não mesclado (ele some quando { $device } receber a frase secreta)
sync-skips-own-plain-new-events = arquivo sem criptografia deste dispositivo, deixado no lugar: ele tem { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
} que este banco de dados não tem (uma restauração os mescla)
sync-skips-own-plain-unchecked = arquivo sem criptografia deste dispositivo, deixado no lugar: { $detail }
sync-skips-not-a-device-folder = não é a pasta de um dispositivo (elas levam o id do dispositivo)
sync-skips-folder-in-device-folder = uma pasta dentro da pasta de um dispositivo, o que o formato não prevê
sync-skips-newer-folder-format = { $folder } é um formato de pasta de sincronização mais novo: atualize o GymLog para sincronizar com os dispositivos que o gravam
sync-skips-no-key-file = arquivos criptografados, mas a pasta não tem arquivo de chave (GymLog/v2/key.age ainda chegando, ou removido)
sync-skips-unreadable = não pode ser lido ({ $detail })
sync-skips-does-not-decrypt = não descriptografa, nada dele foi mesclado: { $detail }
sync-skips-bad-device-file = uma descrição de dispositivo ilegível ({ $detail })
sync-skips-newer-file = gravado no formato de sincronização { $found }; este GymLog lê até o formato { $reads }: atualize o GymLog
sync-skips-bad-device-name = uma descrição de dispositivo com um nome inutilizável ({ $detail })
sync-skips-not-readable-yet = ainda não é um arquivo legível (chegando, truncado ou danificado: { $detail })
sync-skips-no-sync-format = não é um arquivo de sincronização do GymLog (não informa seu formato)
sync-skips-format-not-a-number = seu formato de sincronização não é um número
sync-skips-other-folder-format = informa o formato de sincronização { $found }, que não é o desta pasta (formato { $folder })
sync-skips-other-device = gravado por outro dispositivo ({ $writer }) que não o dono da pasta em que está
sync-skips-no-checksum = não tem soma de verificação do conteúdo
sync-skips-does-not-check-out = não passa na verificação, nada dele foi mesclado (chegando, truncado ou danificado): { $detail }
