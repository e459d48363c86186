/**
 * Strings the headless command line prints. French is the reference. Errors the app shares with the window
 * (WRONG_PASSPHRASE...) come from the `translation` namespace's `errors`; these are the command line's own.
 */
export const cliFr = {
  usage: [
    'Parloir en ligne de commande : les mêmes actions que la fenêtre, sans fenêtre.',
    '',
    'Usage :',
    '  parloir init                      crée un coffre dans PARLOIR_DATA_DIR',
    '  parloir call <canal>              déverrouille, appelle un canal avec l’entrée JSON lue sur l’entrée standard,',
    '                                    affiche la réponse en JSON',
    '  parloir backup <fichier>          déverrouille et écrit une sauvegarde vérifiée dans ce fichier',
    '  parloir restore <fichier>         remplace le coffre par cette sauvegarde (l’actuel est conservé)',
    '  parloir import <fichier.csv> [--skip-duplicates]',
    '                                    importe les prisonniers d’un tableur CSV, tout ou rien',
    '                                    (--skip-duplicates : ignore les personnes déjà présentes)',
    '  parloir export <prisoners|facilities> <fichier.csv>',
    '                                    écrit la liste des prisonniers ou des prisons en CSV (non chiffré)',
    '  parloir labels --sheet <modèle> [--start-row L --start-col C] [--tag T ...] [--copies N] --out <fichier.pdf>',
    '                                    imprime des planches d’étiquettes en PDF (non chiffré)',
    '  parloir envelopes --format <DL|C6|C6/5|C5|C4|US10> [--window <none|din680|sn010130|fr-right>] [--tag T ...] --out <fichier.pdf>',
    '                                    imprime des enveloppes en PDF (non chiffré)',
    '  parloir wipe --yes-destroy-this-vault',
    '                                    efface le coffre pour de bon : ses clés d’abord (aussi dans les',
    '                                    sauvegardes du dossier), puis ses fichiers ; sans secret',
    '  parloir --help                    affiche cette aide',
    '',
    'Les secrets se lisent sur l’entrée standard, jamais dans les arguments :',
    '  init lit la phrase secrète deux fois ; call, backup, restore, import et export la lisent une fois',
    '  (celle de la sauvegarde pour restore). Avec --recovery-code, la ligne lue est le code de secours.',
    '  call lit ensuite, sur la même entrée, son entrée JSON : tout ce qui suit la ligne du secret (vide : {}).',
    '  Une ligne de secret vide appelle le canal sur le coffre verrouillé. Au terminal, les deux se tapent',
    '  sans s’afficher. Le JSON ne se donne jamais en argument : il nomme des personnes, et les arguments',
    '  restent dans l’historique du shell, la liste des processus et les journaux de npm.',
    '',
    'Sans npm : node dist/cli/parloir.mjs <commande> (après npm run build).',
    '',
    'Environnement :',
    '  PARLOIR_DATA_DIR   dossier des données (obligatoire)',
    '  PARLOIR_LANG       fr ou en (sinon la langue choisie dans Parloir, sinon fr)',
    '',
    'Code de sortie : 0 si tout a réussi, 1 en cas d’erreur, 2 si la commande est mal écrite.',
  ].join('\n'),
  prompt: {
    passphrase: 'Phrase secrète : ',
    passphraseAgain: 'La même phrase secrète, encore une fois : ',
    input: 'Entrée JSON (une ligne, vide pour {}) : ',
    recoveryCode: 'Code de secours : ',
  },
  init: {
    created: 'Coffre créé dans {{dir}}.',
    recoveryCode:
      'Code de secours : notez-le sur papier et rangez-le ailleurs que l’ordinateur. Il ne sera plus jamais affiché.',
  },
  backup: {
    written: 'Sauvegarde vérifiée écrite dans {{file}} ({{bytes}} octets).',
  },
  wipe: {
    done: 'Coffre effacé : plus aucun fichier du dossier ne s’ouvre, quel que soit le secret. Les sauvegardes gardées ailleurs (clé USB…) s’ouvrent encore avec leurs anciens secrets : détruisez-les aussi.',
  },
  restore: {
    done: 'Sauvegarde {{file}} restaurée.',
    previousKept: 'Le coffre remplacé est conservé dans {{file}}.',
  },
  import: {
    columns: 'Colonnes reconnues : {{columns}}.',
    noColumns:
      'Aucune colonne reconnue : la première ligne doit donner les titres (Nom, Prénom, Numéro d’écrou, Prison…).',
    problem: 'Ligne {{line}}, {{field}} : {{problem}}',
    problemWithValue: 'Ligne {{line}}, {{field}} : {{problem}} (« {{value}} »)',
    problemRow: 'Ligne {{line}} : {{problem}}',
    more: '… et {{count}} autres problèmes.',
    done: '{{imported}} prisonniers importés, {{skipped}} déjà présents ignorés ; {{facilities}} prisons et {{tags}} campagnes créées.',
  },
  export: {
    written: '{{rows}} lignes écrites dans {{file}}. Ce fichier n’est pas chiffré : ne le laissez pas traîner.',
    exists: 'Le fichier {{file}} existe déjà : Parloir ne le remplace pas. Choisissez un autre nom.',
  },
  print: {
    written:
      '{{count}} adresses sur {{pages}} pages écrites dans {{file}}. Ce fichier n’est pas chiffré : ne le laissez pas traîner.',
    overflow: 'Adresse trop longue pour la place, à vérifier : {{name}}',
    unsupported: 'Caractères que la police ne sait pas afficher pour {{name}} : {{chars}}',
    excluded: {
      do_not_write: 'Laissé·e de côté (ne pas écrire) : {{name}}',
      released: 'Laissé·e de côté (libéré·e) : {{name}}',
      deceased: 'Laissé·e de côté (décédé·e) : {{name}}',
      no_current_stay: 'Laissé·e de côté (pas d’établissement actuel) : {{name}}',
    },
    warning: {
      letters_not_allowed: '{{facility}} : les lettres n’y sont pas acceptées.',
      letters_unknown: '{{facility}} : on ne sait pas si les lettres y sont acceptées.',
      sender_required: '{{facility}} : l’adresse de l’expéditeur est obligatoire.',
      sender_unknown: '{{facility}} : on ne sait pas si l’adresse de l’expéditeur est obligatoire.',
      rules_unknown: '{{facility}} : règles du courrier inconnues.',
    },
  },
  weakAdvice: 'Conseil : {{advice}}',
  errorLine: 'Erreur {{code}} : {{message}}',
  errors: {
    USAGE: 'Commande mal écrite. « parloir --help » montre comment l’utiliser.',
    DATA_DIR_REQUIRED: 'Indiquez le dossier des données dans la variable d’environnement PARLOIR_DATA_DIR.',
    SECRET_IN_ARGUMENTS:
      'Les secrets ne se donnent jamais dans les arguments (ils restent visibles dans l’historique et la liste des processus). Passez-les sur l’entrée standard.',
    SECRET_REQUIRED: 'Aucun secret lu sur l’entrée standard.',
    PASSPHRASE_MISMATCH: 'Les deux phrases secrètes sont différentes. Rien n’a été créé.',
    INPUT_NOT_JSON: 'L’entrée du canal n’est pas un JSON valide.',
    WIPE_NOT_CONFIRMED:
      'Effacer le coffre est définitif. Pour le faire, ajoutez --yes-destroy-this-vault à la commande.',
    INPUT_IN_ARGUMENTS:
      'L’entrée d’un canal ne se donne pas dans les arguments (elle resterait dans l’historique du shell, la liste des processus et les journaux de npm). Envoyez le JSON sur l’entrée standard, après la ligne du secret.',
  },
};
export type CliMessages = typeof cliFr;
