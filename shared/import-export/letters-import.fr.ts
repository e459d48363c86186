/**
 * The letter log's import and export: the columns the export writes (and the import reads back, and names in its
 * problems), and each problem in words. Spread into fr.ts.
 */
export const lettersImportFr = {
  lettersImport: {
    columns: {
      familyName: 'Nom',
      givenNames: 'Prénom',
      fullName: 'Nom complet',
      prisonerNumber: 'Numéro d’écrou',
      direction: 'Sens',
      status: 'État',
      channel: 'Moyen',
      date: 'Date',
      writtenOn: 'Écrite le',
      sentOn: 'Envoyée le',
      receivedOn: 'Reçue le',
      writer: 'Écrite par',
      pages: 'Pages',
      summary: 'Résumé',
      reason: 'Motif',
      reasonNote: 'Précision du motif',
    },
    problems: {
      prisoner_missing: 'la ligne ne nomme personne (colonnes Nom et Prénom, ou Nom complet)',
      prisoner_unknown: 'personne de ce nom dans le coffre',
      prisoner_ambiguous: 'plusieurs personnes portent ce nom dans le coffre\u00a0: ajoutez le numéro d’écrou',
      number_unknown: 'personne n’a ce numéro d’écrou dans le coffre',
      number_other_name: 'ce numéro d’écrou est celui d’une personne d’un autre nom',
      direction_missing: 'le sens manque (envoyée ou reçue)',
      direction_unknown: 'sens incompris (envoyée, reçue, sortant, entrant…)',
      status_unknown: 'état incompris (envoyée, revenue, retenue, perdue, reçue…)',
      status_direction: 'cet état ne va pas avec ce sens (une lettre reçue a l’état «\u202fReçue\u202f»)',
      date_missing: 'aucune date',
      date_invalid: 'cette date n’existe pas (attendu\u00a0: AAAA-MM-JJ ou JJ/MM/AAAA)',
      received_before_sent: 'reçue avant d’avoir été envoyée',
      writer_unknown: 'aucun membre n’a ce pseudo',
      writer_ambiguous: 'plusieurs membres ont ce pseudo',
      channel_unknown: 'moyen incompris (courrier, messagerie, parloir, autre)',
      pages_invalid: 'un nombre entier de pages, de 0 à 1000',
      reason_missing: 'une lettre revenue ou retenue a besoin de son motif',
      reason_unknown: 'motif incompris',
      reason_not_allowed: 'seule une lettre revenue ou retenue a un motif',
      note_missing: 'le motif «\u202fAutre\u202f» a besoin de sa précision',
      too_long: 'texte trop long',
      letter_invalid:
        'cette lettre ne pourrait pas être enregistrée telle quelle dans Parloir\u202f; vérifiez ses dates et son état',
    },
  },
};
