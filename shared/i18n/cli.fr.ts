/**
 * Strings the headless command line prints. French is the reference. Errors the app shares with the window
 * (WRONG_PASSPHRASE...) come from the `translation` namespace's `errors`; these are the command line's own.
 */
export const cliFr = {
  usage: [
    'Parloir en ligne de commande : les mêmes actions que la fenêtre, sans fenêtre.',
    '',
    'Usage :',
    '  parloir init                      crée un coffre dans PARLOIR_DATA_DIR',
    '  parloir call <canal>              déverrouille, appelle un canal avec l’entrée JSON lue sur l’entrée standard,',
    '                                    affiche la réponse en JSON',
    '  parloir backup <fichier>          déverrouille et écrit une sauvegarde vérifiée dans ce fichier',
    '  parloir restore <fichier>         remplace le coffre par cette sauvegarde (l’actuel est conservé)',
    '  parloir import <fichier.csv> [--skip-duplicates]',
    '                                    importe les prisonniers d’un tableur CSV, tout ou rien',
    '                                    (--skip-duplicates : ignore les personnes déjà présentes)',
    '  parloir export <prisoners|facilities> <fichier.csv>',
    '                                    écrit la liste des prisonniers ou des prisons en CSV (non chiffré)',
    '  parloir letters import <fichier.csv> [--duplicates skip|import]',
    '                                    importe le registre du courrier d’un tableur CSV, tout ou rien',
    '                                    (--duplicates\u00a0: ignore ou importe quand même les lettres déjà présentes)',
    '  parloir letters export [--from AAAA-MM-JJ --to AAAA-MM-JJ] [--out <fichier.csv>]',
    '                                    écrit les lettres (toutes ou d’une période) en CSV (non chiffré),',
    '                                    sur la sortie standard sans --out',
    '  parloir bank import <fichier> --account <numéro ou nom> [--dry-run] [--json] [--accept-gap] [--keep-file]',
    '                                    importe un relevé bancaire (camt.053/054, CODA, CSV) dans un compte,',
    '                                    tout ou rien (--dry-run : vérifie sans rien écrire ; --json : le résumé',
    '                                    en JSON ; --accept-gap : importe malgré un écart de solde ;',
    '                                    --keep-file : garde aussi le fichier dans le coffre)',
    '  parloir labels --sheet <modèle> [--start-row L --start-col C] [--tag T ... | --evening N] [--copies N] [--verbose] --out <fichier.pdf>',
    '                                    imprime des planches d’étiquettes en PDF (non chiffré)',
    '  parloir envelopes --format <DL|C6|C6/5|C5|C4|US10> [--window <none|din680|sn010130|fr-right>] [--tag T ... | --evening N] [--verbose] --out <fichier.pdf>',
    '                                    imprime des enveloppes en PDF (non chiffré)',
    '  parloir report money --year <AAAA> --out <fichier.pdf>',
    '                                    écrit le rapport financier de l’année pour l’assemblée générale en PDF (non chiffré)',
    '  parloir accounts add --name <nom> --currency <DEV> [--iban <IBAN>] [--opening <montant> --at AAAA-MM-JJ] [--kind <sorte>]',
    '                                    crée un compte (bancaire avec --iban\u202f; sortes\u00a0: bank, postal, cash, online, other)',
    '                                    et affiche son numéro\u202f; le solde d’ouverture s’écrit 1234,56 ou 1234.56',
    '  parloir wipe --yes-destroy-this-vault',
    '                                    efface le coffre pour de bon : ses clés d’abord (aussi dans les',
    '                                    sauvegardes du dossier), puis ses fichiers ; sans secret',
    '  parloir --help                    affiche cette aide',
    '',
    'Les secrets se lisent sur l’entrée standard, jamais dans les arguments :',
    '  init lit la phrase secrète deux fois ; call, backup, restore, import et export la lisent une fois',
    '  (celle de la sauvegarde pour restore). Avec --recovery-code, la ligne lue est le code de secours.',
    '  call lit ensuite, sur la même entrée, son entrée JSON : tout ce qui suit la ligne du secret (vide : {}).',
    '  Une ligne de secret vide appelle le canal sur le coffre verrouillé. Au terminal, les deux se tapent',
    '  sans s’afficher. Le JSON ne se donne jamais en argument : il nomme des personnes, et les arguments',
    '  restent dans l’historique du shell, la liste des processus et les journaux de npm.',
    '',
    'Sans npm : node dist/cli/parloir.mjs <commande> (après npm run build).',
    '',
    'Environnement :',
    '  PARLOIR_DATA_DIR   dossier des données (obligatoire)',
    '  PARLOIR_LANG       fr ou en (sinon la langue choisie dans Parloir, sinon fr)',
    '',
    'labels et envelopes résument chaque sorte d’avertissement en une ligne ; --verbose en donne la liste complète.',
    '',
    'Code de sortie : 0 si tout a réussi, 1 en cas d’erreur, 2 si la commande est mal écrite,',
    '  3 si le PDF est écrit mais que des adresses n’y sont pas (trop longues pour l’étiquette ou l’enveloppe).',
  ].join('\n'),
  prompt: {
    passphrase: 'Phrase secrète : ',
    passphraseAgain: 'La même phrase secrète, encore une fois : ',
    input: 'Entrée JSON (une ligne, vide pour {}) : ',
    recoveryCode: 'Code de secours : ',
  },
  init: {
    created: 'Coffre créé dans {{dir}}.',
    recoveryCode:
      'Code de secours : notez-le sur papier et rangez-le ailleurs que l’ordinateur. Il ne sera plus jamais affiché.',
  },
  backup: {
    written: 'Sauvegarde vérifiée écrite dans {{file}} ({{bytes}} octets).',
  },
  wipe: {
    done: 'Coffre effacé : plus aucun fichier du dossier ne s’ouvre, quel que soit le secret. Les sauvegardes gardées ailleurs (clé USB…) s’ouvrent encore avec leurs anciens secrets : détruisez-les aussi.',
  },
  restore: {
    done: 'Sauvegarde {{file}} restaurée.',
    previousKept: 'Le coffre remplacé est conservé dans {{file}}.',
  },
  import: {
    columns: 'Colonnes reconnues : {{columns}}.',
    noColumns:
      'Aucune colonne reconnue : la première ligne doit donner les titres (Nom, Prénom, Numéro d’écrou, Prison…).',
    problem: 'Ligne {{line}}, {{field}} : {{problem}}',
    problemWithValue: 'Ligne {{line}}, {{field}} : {{problem}} (« {{value}} »)',
    problemRow: 'Ligne {{line}} : {{problem}}',
    more: '… et {{count}} autres problèmes.',
    done: '{{imported}} prisonniers importés, {{skipped}} déjà présents ignorés ; {{facilities}} prisons et {{tags}} campagnes créées.',
  },
  export: {
    written: '{{rows}} lignes écrites dans {{file}}. Ce fichier n’est pas chiffré : ne le laissez pas traîner.',
    exists: 'Le fichier {{file}} existe déjà : Parloir ne le remplace pas. Choisissez un autre nom.',
  },
  print: {
    written_one:
      '{{count}} adresse sur {{pages}} écrite dans {{file}}. Ce fichier n’est pas chiffré : ne le laissez pas traîner.',
    written_other:
      '{{count}} adresses sur {{pages}} écrites dans {{file}}. Ce fichier n’est pas chiffré : ne le laissez pas traîner.',
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    verboseHint: ' (--verbose pour la liste)',
    listItem: '  – {{item}}',
    leftOut: {
      labels_one: '{{count}} adresse laissée de côté : trop longue pour cette étiquette, son étiquette reste vide',
      labels_other:
        '{{count}} adresses laissées de côté : trop longues pour cette étiquette, leurs étiquettes restent vides',
      envelopes_one: '{{count}} adresse laissée de côté : trop longue pour cette enveloppe, qui n’est pas imprimée',
      envelopes_other:
        '{{count}} adresses laissées de côté : trop longues pour ce format d’enveloppe, ces enveloppes ne sont pas imprimées',
      advice:
        'Le nom officiel d’une prison ne se raccourcit pas : choisissez des étiquettes plus grandes (--sheet) ou une enveloppe plus grande (--format).',
    },
    senderLeftOut:
      'L’adresse de l’expéditeur ne tient pas à sa place : elle n’est pas imprimée. Choisissez une enveloppe plus grande.',
    unsupported: {
      summary_one: '{{count}} nom avec des caractères que la police ne sait pas afficher (laissés de côté)',
      summary_other: '{{count}} noms avec des caractères que la police ne sait pas afficher (laissés de côté)',
      item: '{{name}} : {{chars}}',
    },
    excluded: {
      do_not_write_one: '{{count}} personne laissée de côté (ne pas écrire)',
      do_not_write_other: '{{count}} personnes laissées de côté (ne pas écrire)',
      released_one: '{{count}} personne laissée de côté (libérée)',
      released_other: '{{count}} personnes laissées de côté (libérées)',
      deceased_one: '{{count}} personne laissée de côté (décédée)',
      deceased_other: '{{count}} personnes laissées de côté (décédées)',
      no_current_stay_one: '{{count}} personne laissée de côté (pas d’établissement actuel)',
      no_current_stay_other: '{{count}} personnes laissées de côté (pas d’établissement actuel)',
    },
    warning: {
      letters_not_allowed_one: '{{count}} prison n’accepte pas les lettres',
      letters_not_allowed_other: '{{count}} prisons n’acceptent pas les lettres',
      letters_unknown_one: '{{count}} prison dont on ne sait pas si elle accepte les lettres',
      letters_unknown_other: '{{count}} prisons dont on ne sait pas si elles acceptent les lettres',
      sender_required_one: '{{count}} prison exige l’adresse de l’expéditeur',
      sender_required_other: '{{count}} prisons exigent l’adresse de l’expéditeur',
      sender_unknown_one: '{{count}} prison dont on ne sait pas si elle exige l’adresse de l’expéditeur',
      sender_unknown_other: '{{count}} prisons dont on ne sait pas si elles exigent l’adresse de l’expéditeur',
      rules_unknown_one: '{{count}} prison aux règles du courrier inconnues',
      rules_unknown_other: '{{count}} prisons aux règles du courrier inconnues',
    },
  },
  letters: {
    noColumns:
      'Aucune colonne reconnue\u00a0: la première ligne doit donner les titres (Nom, Prénom, Sens, Date, État…).',
    progress: 'Import\u00a0: {{done}}\u00a0/ {{total}} lettres',
    imported_one: '{{count}} lettre importée.',
    imported_other: '{{count}} lettres importées.',
    skipped_one: '{{count}} lettre déjà dans le coffre laissée de côté.',
    skipped_other: '{{count}} lettres déjà dans le coffre laissées de côté.',
    duplicates_one: '{{count}} ligne est une lettre déjà dans le coffre\u00a0:',
    duplicates_other: '{{count}} lignes sont des lettres déjà dans le coffre\u00a0:',
    duplicate: 'Ligne {{line}}\u00a0: {{prisoner}}, {{date}}',
    moreDuplicates_one: '… et {{count}} autre.',
    moreDuplicates_other: '… et {{count}} autres.',
    repeats_one:
      '{{count}} ligne répète une autre ligne de ce fichier\u00a0: elle est importée aussi (deux lettres le même jour).',
    repeats_other:
      '{{count}} lignes répètent une autre ligne de ce fichier\u00a0: elles sont importées aussi (deux lettres le même jour).',
    stdoutWarning_one:
      '{{count}} lettre écrite sur la sortie standard. Ce CSV n’est pas chiffré\u00a0: ne le laissez pas traîner dans un fichier.',
    stdoutWarning_other:
      '{{count}} lettres écrites sur la sortie standard. Ce CSV n’est pas chiffré\u00a0: ne le laissez pas traîner dans un fichier.',
  },
  moneyReport: {
    written_one:
      'Rapport financier {{year}} écrit dans {{file}} ({{count}}\u00a0page). Ce fichier n’est pas chiffré\u00a0: ne le laissez pas traîner.',
    written_other:
      'Rapport financier {{year}} écrit dans {{file}} ({{count}}\u00a0pages). Ce fichier n’est pas chiffré\u00a0: ne le laissez pas traîner.',
  },
  bank: {
    dryRun:
      'Lignes à importer\u00a0: {{lines}}. Déjà dans le compte, laissées de côté\u00a0: {{duplicates}}. Rien n’a été écrit (--dry-run).',
    imported:
      'Lignes bancaires importées\u00a0: {{lines}}. Déjà dans le compte, laissées de côté\u00a0: {{duplicates}}.',
  },
  weakAdvice: 'Conseil : {{advice}}',
  errorLine: 'Erreur {{code}} : {{message}}',
  errors: {
    USAGE: 'Commande mal écrite. « parloir --help » montre comment l’utiliser.',
    DATA_DIR_REQUIRED: 'Indiquez le dossier des données dans la variable d’environnement PARLOIR_DATA_DIR.',
    SECRET_IN_ARGUMENTS:
      'Les secrets ne se donnent jamais dans les arguments (ils restent visibles dans l’historique et la liste des processus). Passez-les sur l’entrée standard.',
    SECRET_REQUIRED: 'Aucun secret lu sur l’entrée standard.',
    PASSPHRASE_MISMATCH: 'Les deux phrases secrètes sont différentes. Rien n’a été créé.',
    INPUT_NOT_JSON: 'L’entrée du canal n’est pas un JSON valide.',
    WIPE_NOT_CONFIRMED:
      'Effacer le coffre est définitif. Pour le faire, ajoutez --yes-destroy-this-vault à la commande.',
    ADDRESSES_LEFT_OUT:
      'Le PDF est écrit, mais des adresses n’y sont pas (voir plus haut) : ne l’imprimez pas en croyant que tout le monde y est.',
    INPUT_IN_ARGUMENTS:
      'L’entrée d’un canal ne se donne pas dans les arguments (elle resterait dans l’historique du shell, la liste des processus et les journaux de npm). Envoyez le JSON sur l’entrée standard, après la ligne du secret.',
    NOTHING_TO_IMPORT:
      'Ce fichier ne contient aucune ligne à importer (seulement les titres, ou rien)\u00a0: rien n’a été importé.',
    AMOUNT_INVALID:
      'Ce montant ne se lit pas dans la devise du compte\u00a0: écrivez par exemple 1234,56 ou 1234.56, sans plus de décimales que la devise n’en a.',
    DUPLICATES_CHOICE_NEEDED:
      'Des lettres de ce fichier sont déjà dans le coffre\u00a0: rien n’a été importé. Ajoutez --duplicates skip pour les laisser de côté, ou --duplicates import pour les importer quand même.',
    ACCOUNT_UNKNOWN: 'Aucun compte, ou plusieurs, ne porte ce nom\u00a0: donnez son numéro.',
  },
};
export type CliMessages = typeof cliFr;
