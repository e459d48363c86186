/** Changing the vault's key (new passphrase, new recovery code, restore) and the panic wipe. Spread into fr.ts. */
export const vaultKeysFr = {
  rekey: {
    before:
      'Le coffre et les sauvegardes de son dossier vont être chiffrés à nouveau, sous une nouvelle clé : cela peut prendre de quelques secondes à quelques minutes.',
    beforeRestore:
      'Le coffre restauré recevra une nouvelle clé. Les sauvegardes du dossier de Parloir que cette sauvegarde ouvre seront chiffrées à nouveau, les autres supprimées (sauf la copie du coffre actuel). Cela peut prendre quelques minutes.',
    phase: {
      check: 'Vérification de la phrase secrète…',
      checkBackup: 'Ouverture de la sauvegarde…',
      keysPassphrase: 'Protection de la nouvelle phrase secrète…',
      keysRecoveryCode: 'Protection du nouveau code de secours…',
      keysRestore: 'Création d’une nouvelle clé pour le coffre restauré…',
      backups: 'Chiffrement des sauvegardes du dossier ({{current}} sur {{total}})…',
      backupsNone: 'Recherche des sauvegardes du dossier…',
      vault: 'Chiffrement du coffre sous la nouvelle clé…',
      swap: 'Finalisation…',
    },
    passphraseTitle: 'Phrase secrète changée',
    passphraseChanged:
      'La phrase secrète a été changée et le coffre a reçu une nouvelle clé. Utilisez la nouvelle phrase dès le prochain déverrouillage.',
    recoveryCodeChanged: 'Le code de secours a été remplacé et le coffre a reçu une nouvelle clé.',
    reencrypted_one: '{{count}} sauvegarde du dossier de Parloir a été chiffrée à nouveau, sous la nouvelle clé.',
    reencrypted_other: '{{count}} sauvegardes du dossier de Parloir ont été chiffrées à nouveau, sous la nouvelle clé.',
    removed_one:
      '{{count}} autre sauvegarde a été supprimée : la clé du coffre ne l’ouvrait pas, elle ne pouvait donc pas être chiffrée à nouveau.',
    removed_other:
      '{{count}} autres sauvegardes ont été supprimées : la clé du coffre ne les ouvrait pas, elles ne pouvaient donc pas être chiffrées à nouveau.',
    noBackups: 'Le dossier de Parloir ne contenait aucune sauvegarde.',
    noOtherBackups: 'Le dossier de Parloir ne contenait aucune autre sauvegarde à chiffrer à nouveau.',
    elsewherePassphrase:
      'Les sauvegardes gardées ailleurs (sur une clé USB, par exemple) s’ouvrent toujours avec l’ancienne phrase secrète. Faites une nouvelle sauvegarde, puis détruisez les anciennes si cette phrase a pu être connue.',
    elsewhereRecoveryCode:
      'Les sauvegardes gardées ailleurs (sur une clé USB, par exemple) s’ouvrent toujours avec l’ancien code de secours. Faites une nouvelle sauvegarde, puis détruisez les anciennes si ce code a pu être vu.',
    elsewhereBoth:
      'Les sauvegardes gardées ailleurs (sur une clé USB, par exemple) s’ouvrent toujours avec l’ancienne phrase secrète et l’ancien code de secours. Faites une nouvelle sauvegarde, puis détruisez les anciennes si l’un ou l’autre a pu être connu.',
    oldFormatCode:
      'Ce coffre a été créé par Parloir 0.1 : son code de secours ne pouvait pas suivre la nouvelle clé. Voici son nouveau code de secours ; l’ancien ne fonctionne plus.',
    restoreTitle: 'Sauvegarde restaurée',
    restoreDone:
      'La sauvegarde {{file}} a été restaurée et le coffre restauré a reçu une nouvelle clé : le fichier de sauvegarde ne l’ouvre plus.',
    restoreDoneOldFormat:
      'La sauvegarde {{file}} a été restaurée. Elle a été faite par Parloir 0.1 : le coffre garde sa propre clé jusqu’au prochain changement de phrase secrète, qui lui en donnera une nouvelle.',
    restoreKept: 'Le coffre remplacé est conservé dans le dossier des sauvegardes de Parloir ({{file}}).',
    elsewhereRestore:
      'Les sauvegardes gardées ailleurs (sur une clé USB, par exemple) s’ouvrent toujours avec la phrase secrète et le code de secours de leur jour.',
    close: 'Terminé',
    restored: 'Sauvegarde restaurée. Parloir se recharge…',
  },
  wipe: {
    heading: 'Effacer le coffre',
    intro:
      'En cas d’urgence, vous pouvez effacer pour de bon le coffre et les sauvegardes de son dossier sur cet ordinateur. C’est aussi possible depuis l’écran de déverrouillage, sans la phrase secrète.',
    open: 'Effacer ce coffre…',
    title: 'Effacer ce coffre ?',
    destroyed:
      'Parloir va détruire les clés du coffre, puis effacer le coffre et toutes les sauvegardes de son dossier sur cet ordinateur. C’est définitif : personne ne pourra plus les ouvrir, même avec la phrase secrète ou le code de secours, et rien ne pourra être annulé.',
    elsewhere:
      'Les sauvegardes gardées ailleurs (sur une clé USB, par exemple) ne sont pas touchées : elles s’ouvrent toujours avec la phrase secrète ou le code de secours de leur jour. Détruisez-les aussi.',
    after: 'Parloir redémarrera ensuite comme au premier jour, dans la même langue.',
    word: 'EFFACER',
    typeLabel: 'Pour confirmer, tapez {{word}}',
    confirm: 'Effacer définitivement',
    busy: 'Effacement…',
    done: 'Coffre effacé. Parloir redémarre…',
  },
};
