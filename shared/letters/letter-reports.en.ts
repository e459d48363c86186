import type { letterReportsFr } from './letter-reports.fr';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const letterReportsEn: Widen<typeof letterReportsFr> = {
  fileName: {
    correspondence: 'parloir-correspondence',
    notWrittenTo: 'parloir-not-written-to',
    letters: 'parloir-letters',
  },
  correspondenceTitle: 'Correspondence for the period',
  period: 'From {{from}} to {{to}}',
  notWrittenToTitle: 'Prisoners nobody has written to',
  notWrittenToSubtitle: 'No letter sent for {{days}} days or more, or ever',
  correspondence: {
    facility: 'Facility',
    name: 'Name',
    prisonerNumber: 'Number',
    out: 'Sent',
    in: 'Received',
    returned: 'Returned',
    withheld: 'Withheld',
    reasons: 'Reasons',
  },
  notWrittenTo: {
    name: 'Name',
    prisonerNumber: 'Number',
    facility: 'Facility',
    lastLetter: 'Last letter',
    wait: 'Waiting',
  },
  facilityTotal: 'Facility total',
  allTotal: 'Grand total',
  noFacility: 'No known facility',
  never: 'never',
  days_one: '{{count}} day',
  days_other: '{{count}} days',
  reasonCount: '{{reason}} × {{count}}',
  reasonGroup: '{{status}}: {{reasons}}',
  reasonGroupSeparator: '; ',
};
