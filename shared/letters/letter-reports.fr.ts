/**
 * What the correspondence reports print (PDF and CSV): titles, columns, totals. Read by the host that renders them,
 * in the app's language; the reasons and statuses come from `letters` (letters.fr.ts).
 */
export const letterReportsFr = {
  fileName: { correspondence: 'parloir-courrier', notWrittenTo: 'parloir-sans-lettre', letters: 'parloir-lettres' },
  correspondenceTitle: 'Courrier de la période',
  period: 'Du {{from}} au {{to}}',
  notWrittenToTitle: 'Personnes à qui personne n’a écrit',
  notWrittenToSubtitle: 'Aucune lettre envoyée depuis {{days}}\u00a0jours ou plus, ou jamais',
  correspondence: {
    facility: 'Établissement',
    name: 'Nom',
    prisonerNumber: 'Numéro',
    out: 'Envoyées',
    in: 'Reçues',
    returned: 'Revenues',
    withheld: 'Retenues',
    reasons: 'Motifs',
  },
  notWrittenTo: {
    name: 'Nom',
    prisonerNumber: 'Numéro',
    facility: 'Établissement',
    lastLetter: 'Dernière lettre',
    wait: 'Attente',
  },
  facilityTotal: 'Total de l’établissement',
  allTotal: 'Total général',
  noFacility: 'Sans établissement connu',
  never: 'jamais',
  days_one: '{{count}}\u00a0jour',
  days_other: '{{count}}\u00a0jours',
  reasonCount: '{{reason}} ×\u00a0{{count}}',
  reasonGroup: '{{status}}\u00a0: {{reasons}}',
  reasonGroupSeparator: '\u202f; ',
};
