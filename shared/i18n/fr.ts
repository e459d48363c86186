import type { ErrorCode } from '../errors';
import { dashboardFr } from '../dashboard/dashboard.fr';
import { attachmentsFr } from '../attachments/attachments.fr';
import { draftsFr } from '../drafts/drafts.fr';
import { lettersFr } from '../letters/letters.fr';
import { facilitiesFr } from '../registry/facilities.fr';
import { importExportFr } from '../import-export/import-export.fr';
import { passphraseFr } from '../vault/passphrase.fr';
import { parcelsFr } from '../parcels/parcels.fr';
import { eveningsFr } from '../evenings/evenings.fr';
import { printingFr } from '../printing/printing.fr';
import { registryFr } from '../registry/registry.fr';
import { settingsFr } from '../settings/settings.fr';
import { vaultFr } from '../vault/vault.fr';
import { vaultKeysFr } from '../vault/vault-keys.fr';
import { attachmentLimitsMb } from '../attachments/attachment-limits';
import { lettersImportFr } from '../import-export/letters-import.fr';
import { moneyFr } from '../money/money.fr';

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
  common: {
    cancel: 'Annuler',
    close: 'Fermer',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Enregistré.',
    loading: 'Chargement…',
    showSecret: 'Afficher',
    hideSecret: 'Masquer',
    edit: 'Modifier',
    delete: 'Supprimer',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    archived: 'Archivé',
    actions: 'Actions',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  frame: {
    lock: 'Verrouiller',
    lockTitle: 'Verrouiller Parloir (Ctrl+L)',
    navLabel: 'Sections',
    autoBackupFailed:
      'La sauvegarde automatique du jour n’a pas pu être écrite. Vos données sont intactes ; faites une sauvegarde dans les Paramètres.',
    dismiss: 'J’ai compris',
  },
  nav: {
    dashboard: 'Accueil',
    prisoners: 'Prisonniers',
    facilities: 'Prisons',
    letters: 'Courrier',
    parcels: 'Colis',
    evenings: 'Soirées d’écriture',
    money: 'Argent',
    print: 'Impression',
    group: 'Groupe',
    settings: 'Paramètres',
  },
  pages: {
    comingSoon: 'Prévu dans la prochaine version.',
    prisoners: 'Vous retrouverez ici les prisonniers à qui vous écrivez, leurs prisons et leurs transferts.',
    letters: 'Vous noterez ici les lettres envoyées et reçues, et qui doit répondre à qui.',
    parcels: 'Vous suivrez ici les colis : ce qui a été envoyé, à qui, et ce que chaque prison accepte.',
    money: 'Vous tiendrez ici les comptes : dons, virements permanents et mandats envoyés aux prisonniers.',
    print: 'Vous imprimerez ici les enveloppes et les planches d’étiquettes pour les soirées d’écriture.',
  },
  ...vaultFr,
  ...settingsFr,
  ...registryFr,
  ...facilitiesFr,
  ...importExportFr,
  ...printingFr,
  ...passphraseFr,
  ...vaultKeysFr,
  ...draftsFr,
  ...dashboardFr,
  ...attachmentsFr,
  ...lettersFr,
  ...parcelsFr,
  ...eveningsFr,
  ...lettersImportFr,
  money: moneyFr,
  errors: {
    VALIDATION: 'Certaines informations ne sont pas valides. Vérifiez les champs signalés.',
    UNKNOWN_CHANNEL: 'Cette action n’existe pas dans cette version de Parloir.',
    FORBIDDEN: 'Action refusée.',
    CANCELLED: 'Action annulée.',
    NOT_FOUND: 'Élément introuvable : il a peut-être été supprimé.',
    VAULT_ABSENT: 'Aucun coffre n’existe encore sur cet ordinateur.',
    VAULT_EXISTS: 'Un coffre existe déjà ici. Parloir ne le remplacera jamais par un coffre vide.',
    VAULT_LOCKED: 'Le coffre est verrouillé. Déverrouillez-le pour continuer.',
    VAULT_UNLOCKED: 'Le coffre est déjà déverrouillé.',
    WRONG_PASSPHRASE: 'Phrase secrète ou code de secours incorrect.',
    WEAK_PASSPHRASE: 'Cette phrase secrète est trop faible. Choisissez-en une plus longue et moins prévisible.',
    VAULT_CORRUPT:
      'Le fichier du coffre est endommagé et ne peut pas être ouvert. Il n’a pas été modifié : restaurez une sauvegarde.',
    VAULT_FILE_MISSING:
      'Le fichier du coffre (vault.db) a disparu, mais ses clés sont là. Restaurez une sauvegarde pour continuer.',
    KEYSLOTS_MISSING:
      'Le fichier des clés (keyslots.json) a disparu : sans lui le coffre ne peut pas être ouvert. Restaurez une sauvegarde.',
    KEYSLOTS_DAMAGED:
      'Le fichier des clés (keyslots.json) est endommagé. Le coffre n’a pas été modifié : restaurez une sauvegarde.',
    VAULT_TOO_NEW:
      'Ce coffre a été créé par une version plus récente de Parloir. Mettez Parloir à jour pour l’ouvrir ; rien n’a été modifié.',
    VAULT_SCHEMA_UNEXPECTED:
      'Ce coffre contient des éléments que Parloir n’a pas créés : il a peut-être été modifié par quelqu’un d’autre. Parloir ne l’a pas ouvert ; restaurez une sauvegarde en laquelle vous avez confiance.',
    VAULT_IN_USE: 'Le coffre est déjà ouvert par un autre programme Parloir. Fermez-le puis réessayez.',
    BACKUP_INVALID: 'Ce fichier n’est pas une sauvegarde Parloir valide, ou il est endommagé. Rien n’a été remplacé.',
    BACKUP_FAILED: 'La sauvegarde n’a pas pu être écrite ou vérifiée. Essayez un autre dossier.',
    DISK_FULL: 'Le disque est plein. Libérez de la place puis réessayez ; aucune donnée n’a été perdue.',
    STAY_OVERLAP: 'Ce séjour chevauche un autre séjour de la même personne. Vérifiez les dates.',
    NO_OPEN_STAY: 'Cette personne n’a pas de séjour en cours : enregistrez d’abord où elle est détenue.',
    DUPLICATE: 'Cet élément existe déjà sous ce nom.',
    STAY_OF_ANOTHER_PRISONER:
      'Ce séjour est celui d’une autre personne : une lettre va au séjour de la personne à qui elle est adressée.',
    REPLY_MISMATCH:
      'Une lettre ne peut répondre qu’à une lettre de la même personne, dans l’autre sens (une lettre reçue répond à une lettre envoyée).',
    CONFIRMATION_REQUIRED: 'Cette suppression emporte un historique : confirmez-la d’abord.',
    IMPORT_ENCODING:
      'Ce fichier n’est pas en UTF-8 (il vient sans doute d’un ancien Excel). Enregistrez-le en « CSV UTF-8 » et réessayez.',
    IMPORT_INVALID: 'Certaines lignes du fichier posent problème : rien n’a été importé. Corrigez-les et réessayez.',
    IMPORT_TOO_LARGE:
      'Ce fichier dépasse 20 Mo : Parloir importe au plus 20 Mo à la fois. Coupez-le en plusieurs fichiers.',
    IMPORT_TOO_MANY_ROWS:
      'Ce fichier a plus de 100 000 lignes : Parloir en importe au plus 100 000 à la fois. Coupez-le en plusieurs fichiers.',
    IMPORT_TOO_MANY_COLUMNS:
      'Ce fichier a plus de 500 colonnes : ce n’est sans doute pas le bon fichier, ou il n’est pas enregistré en « CSV UTF-8 ».',
    IMPORT_UNREADABLE:
      'Ce fichier ne peut pas être lu : ce n’est pas un fichier ordinaire, ou il a changé pendant la lecture. Choisissez un fichier CSV enregistré.',
    WRITE_FAILED: 'Le fichier n’a pas pu être écrit. Essayez un autre dossier.',
    ATTACHMENT_EMPTY: 'Ce fichier est vide : il n’y a rien à joindre.',
    ATTACHMENT_UNSUPPORTED:
      'Ce fichier n’est ni une photo JPEG ou PNG ni un PDF (quel que soit son nom) : Parloir ne joint que ces trois sortes de fichiers.',
    ATTACHMENT_DAMAGED: 'Ce fichier est abîmé ou incomplet : Parloir ne peut pas le lire. Rien n’a été enregistré.',
    ATTACHMENT_TOO_LARGE: `Ce fichier dépasse ${attachmentLimitsMb.file} Mo\u00a0: une pièce jointe fait au plus ${attachmentLimitsMb.file} Mo. Réduisez la photo ou le PDF et réessayez.`,
    ATTACHMENTS_FULL: `Les pièces jointes de ce coffre dépasseraient ${attachmentLimitsMb.vault} Mo au total\u00a0: supprimez-en d’abord qui ne servent plus.`,
    ATTACHMENT_ENCRYPTED:
      'Ce PDF est protégé par un mot de passe\u00a0: ouvrez-le, enregistrez-en une copie sans protection, puis joignez cette copie. Rien n’a été enregistré.',
    INTERNAL: 'Une erreur inattendue s’est produite. Vos données n’ont pas été modifiées.',
    LEDGER_LOCKED:
      'Cette période est clôturée\u00a0: une écriture à la date de clôture ou avant ne peut être ni ajoutée, ni modifiée, ni supprimée. Passez une correction dans la période ouverte.',
    LEDGER_REOPEN_REASON:
      'Reculer la date de clôture rouvre une période clôturée\u00a0: indiquez-en la raison, elle est conservée.',
    LEDGER_UNBALANCED: 'La somme des ventilations doit être exactement le montant de l’écriture.',
    LEDGER_CURRENCY_MISMATCH:
      'Une écriture est toujours dans la devise de son compte\u202f; les montants ne sont jamais convertis.',
    LEDGER_IN_USE: 'Des écritures du grand livre y font encore référence\u00a0: archivez-le au lieu de le supprimer.',
    LEDGER_QR_IBAN_REQUIRED:
      'Une référence QR suisse ne sert qu’avec un compte en CHF dont l’IBAN est un QR-IBAN\u202f; pour un autre compte, choisissez une référence RF.',
    LEDGER_REFERENCE_IN_USE:
      'Cette référence est déjà donnée à un autre fonds ou à un ordre permanent\u00a0: un paiement doit pouvoir trouver une seule destination.',
  } satisfies Record<ErrorCode, string>,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
