/** The spreadsheet import screen. Spread into fr.ts. */
export const importExportFr = {
  import: {
    title: 'Importer un tableur',
    intro:
      'Choisissez un fichier CSV (une ligne par prisonnier, avec ses colonnes : nom, prénom, numéro d’écrou, prison, ville, pays…). Vous direz ensuite quelle colonne correspond à quoi ; rien n’est enregistré avant la dernière étape.',
    excelAdvice: 'Depuis Excel ou LibreOffice : « Enregistrer sous » puis « CSV UTF-8 ».',
    limits:
      'Au plus {{rows}} lignes, {{columns}} colonnes et {{megabytes}} Mo par fichier : coupez un fichier plus grand en plusieurs.',
    choose: 'Choisir un fichier CSV…',
    chooseAnother: 'Choisir un autre fichier…',
    picking: 'Ouverture…',
    fileSummary_one: '{{file}} : {{count}} ligne de données.',
    fileSummary_other: '{{file}} : {{count}} lignes de données.',
    previewHeading: 'Aperçu des premières lignes',
    columnLabel: 'Colonne {{number}} : {{header}}',
    mappingHeading: 'Quelle colonne va où ?',
    mappingIntro:
      'Parloir a deviné d’après les titres des colonnes. Corrigez si besoin ; « Ne pas importer » laisse le champ vide.',
    notImported: '— Ne pas importer —',
    required: '(obligatoire)',
    check: 'Vérifier le fichier',
    checking: 'Vérification…',
    checkHeading: 'Résultat de la vérification',
    checkSummary:
      '{{rows}} lignes lues, {{ready}} prêtes à importer. Prisons à créer : {{facilities}}. Tags à créer : {{tags}}.',
    problemsCaption: 'Problèmes trouvés, ligne par ligne',
    line: 'Ligne',
    field: 'Champ',
    problem: 'Problème',
    value: 'Valeur dans le fichier',
    moreProblems_one: 'et encore {{formatted}} problème.',
    moreProblems_other: 'et encore {{formatted}} problèmes.',
    fixAndRetry:
      'Rien n’a été importé. Corrigez ces lignes dans votre tableur, enregistrez-le, puis choisissez-le à nouveau.',
    skipDuplicates_one: 'Ignorer {{count}} personne déjà présente dans Parloir',
    skipDuplicates_other: 'Ignorer les {{count}} personnes déjà présentes dans Parloir',
    run_one: 'Importer {{count}} prisonnier',
    run_other: 'Importer {{count}} prisonniers',
    running: 'Import en cours…',
    progress: '{{done}} sur {{total}}',
    done_one: '{{count}} prisonnier importé.',
    done_other: '{{count}} prisonniers importés.',
    doneSkipped_one: '{{count}} ligne ignorée (déjà présente).',
    doneSkipped_other: '{{count}} lignes ignorées (déjà présentes).',
    doneFacilities_one: '{{count}} prison créée.',
    doneFacilities_other: '{{count}} prisons créées.',
    doneTags_one: '{{count}} tag créé.',
    doneTags_other: '{{count}} tags créés.',
    seeList: 'Voir la liste des prisonniers',
    another: 'Importer un autre fichier',
  },
  importField: {
    familyName: 'Nom',
    givenNames: 'Prénoms',
    knownAs: 'Nom utilisé par le groupe',
    pronouns: 'Pronoms',
    dateOfBirth: 'Date de naissance',
    status: 'Statut',
    languages: 'Langues',
    notes: 'Notes',
    prisonerNumber: 'Numéro d’écrou',
    stayFrom: 'Détenu·e depuis le',
    facilityName: 'Prison',
    facilityStreet: 'Adresse de la prison',
    facilityPostcode: 'Code postal de la prison',
    facilityCity: 'Ville de la prison',
    facilityCountry: 'Pays de la prison',
    tags: 'Tags',
  },
  importFile: {
    too_large:
      'Ce fichier fait {{size}} : Parloir importe au plus {{max}} Mo à la fois. Coupez-le en plusieurs fichiers.',
    too_many_rows:
      'Ce fichier a {{rows}} lignes de données : Parloir en importe au plus {{max}} à la fois. Coupez-le en plusieurs fichiers.',
    too_many_columns:
      'La ligne {{line}} du fichier a plus de {{max}} colonnes : ce n’est sans doute pas le bon fichier, ou il n’a pas été enregistré en « CSV UTF-8 ».',
    cell_too_long:
      'Ligne {{line}} : une case dépasse {{max}} caractères. C’est souvent un guillemet (") ouvert plus haut et jamais refermé. Rien n’a été importé.',
    unclosed_quote:
      'Ligne {{line}} : un guillemet (") ouvre une case et n’est jamais refermé. Rien n’a été importé : corrigez cette ligne, enregistrez, puis choisissez le fichier à nouveau.',
    misplaced_quote:
      'Ligne {{line}} : du texte suit le guillemet (") qui ferme une case. Rien n’a été importé : corrigez cette ligne, enregistrez, puis choisissez le fichier à nouveau.',
    not_a_file:
      'Ce n’est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un fichier CSV.',
    changed_while_reading:
      'Le fichier a changé pendant que Parloir le lisait. Attendez que le tableur ait fini de l’enregistrer, puis choisissez-le à nouveau.',
  },
  importProblem: {
    required: 'Ce champ obligatoire est vide.',
    too_long: 'Le texte est trop long.',
    invalid_date: 'Date illisible : écrivez-la 31/03/2026 ou 2026-03-31.',
    invalid_status:
      'Statut non reconnu : écrivez par exemple « provisoire », « condamné », « libéré », « décédé » ou « inconnu ».',
    invalid_country: 'Pays non reconnu : écrivez son nom (France, Belgique…) ou son code à 2 lettres (FR, BE…).',
    invalid_language: 'Code de langue inconnu.',
    facility_incomplete: 'La prison n’existe pas encore dans Parloir et il manque sa ville ou son pays.',
    duplicate_in_file: 'Cette personne (même nom, même numéro) apparaît déjà plus haut dans le fichier.',
    duplicate_in_vault: 'Cette personne (même nom, même numéro) est déjà dans Parloir.',
    too_many_tags:
      'Un import crée au plus 1 000 nouveaux tags : celui-ci serait de trop. Regroupez-les, ou importez le fichier en plusieurs fois.',
  },
};
