import type { ErrorCode } from '../errors';

/** French is the reference locale: en.ts must have exactly these keys (checked by the compiler). */
export const fr = {
  app: {
    name: 'Parloir',
  },
  menu: {
    app: 'Parloir',
    file: 'Fichier',
    lock: 'Verrouiller',
    panicLock: 'Verrouiller immédiatement',
    quit: 'Quitter Parloir',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    zoomIn: 'Agrandir',
    zoomOut: 'Réduire',
    resetZoom: 'Taille réelle',
    fullscreen: 'Plein écran',
    window: 'Fenêtre',
    minimize: 'Réduire la fenêtre',
    close: 'Fermer la fenêtre',
  },
  errors: {
    VALIDATION: 'Certaines informations ne sont pas valides. Vérifiez les champs signalés.',
    UNKNOWN_CHANNEL: 'Cette action n’existe pas dans cette version de Parloir.',
    FORBIDDEN: 'Action refusée.',
    CANCELLED: 'Action annulée.',
    NOT_FOUND: 'Élément introuvable : il a peut-être été supprimé.',
    VAULT_ABSENT: 'Aucun coffre n’existe encore sur cet ordinateur.',
    VAULT_EXISTS: 'Un coffre existe déjà ici. Parloir ne le remplacera jamais par un coffre vide.',
    VAULT_LOCKED: 'Le coffre est verrouillé. Déverrouillez-le pour continuer.',
    WRONG_PASSPHRASE: 'Phrase secrète ou code de secours incorrect.',
    WEAK_PASSPHRASE: 'Cette phrase secrète est trop faible. Choisissez-en une plus longue et moins prévisible.',
    VAULT_CORRUPT:
      'Le fichier du coffre est endommagé et ne peut pas être ouvert. Il n’a pas été modifié : restaurez une sauvegarde.',
    VAULT_FILE_MISSING:
      'Le fichier du coffre (vault.db) a disparu, mais ses clés sont là. Restaurez une sauvegarde pour continuer.',
    KEYSLOTS_MISSING:
      'Le fichier des clés (keyslots.json) a disparu : sans lui le coffre ne peut pas être ouvert. Restaurez une sauvegarde.',
    KEYSLOTS_DAMAGED:
      'Le fichier des clés (keyslots.json) est endommagé. Le coffre n’a pas été modifié : restaurez une sauvegarde.',
    VAULT_TOO_NEW:
      'Ce coffre a été créé par une version plus récente de Parloir. Mettez Parloir à jour pour l’ouvrir ; rien n’a été modifié.',
    VAULT_IN_USE: 'Le coffre est déjà ouvert par un autre programme Parloir. Fermez-le puis réessayez.',
    BACKUP_INVALID: 'Ce fichier n’est pas une sauvegarde Parloir valide, ou il est endommagé. Rien n’a été remplacé.',
    BACKUP_FAILED: 'La sauvegarde n’a pas pu être écrite ou vérifiée. Essayez un autre dossier.',
    DISK_FULL: 'Le disque est plein. Libérez de la place puis réessayez ; aucune donnée n’a été perdue.',
    INTERNAL: 'Une erreur inattendue s’est produite. Vos données n’ont pas été modifiées.',
  } satisfies Record<ErrorCode, string>,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
