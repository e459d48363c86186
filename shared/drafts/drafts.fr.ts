/** The lock's question about unsaved changes, and the draft brought back after the unlock. Spread into fr.ts. */
export const draftsFr = {
  drafts: {
    lockWarning: {
      title: 'Modifications non enregistrées',
      body: 'Le formulaire ouvert contient des modifications qui ne sont pas enregistrées. Verrouiller maintenant les ferait perdre.',
      keepHint:
        'Un brouillon est gardé dans le coffre chiffré, jamais ailleurs, et rouvert au prochain déverrouillage.',
      keepAndLock: 'Garder en brouillon et verrouiller',
      lockAnyway: 'Verrouiller sans garder',
      keeping: 'Brouillon en cours d’enregistrement…',
    },
    restored:
      'Brouillon rouvert : ce formulaire était en cours quand Parloir s’est verrouillé. Vérifiez-le, puis enregistrez.',
    dismiss: 'J’ai compris',
  },
};
