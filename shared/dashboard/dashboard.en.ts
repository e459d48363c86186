/** English for dashboard.fr.ts; en.ts checks that every key is there. */
export const dashboardEn = {
  dashboard: {
    intro: 'What the group should look at today. Each tile opens the matching list.',
    tiles: {
      repliesOverdue: {
        title_one: 'reply overdue',
        title_other: 'replies overdue',
        detail: 'A letter sent {{days}} days ago or more, with no letter received since.',
      },
      noLetter: {
        title_one: 'person without a letter',
        title_other: 'people without a letter',
        detail: 'No letter sent for {{days}} days or more.',
      },
      birthdays: {
        title_one: 'birthday coming up',
        title_other: 'birthdays coming up',
        detail: 'In the next {{days}} days.',
      },
      releases: {
        title_one: 'release expected',
        title_other: 'releases expected',
        detail: 'In the next {{days}} days.',
      },
      transfers: {
        title_one: 'recent transfer',
        title_other: 'recent transfers',
        detail: 'Moved to another prison in the last {{days}} days.',
      },
      letterIssues: {
        title_one: 'letter returned or withheld',
        title_other: 'letters returned or withheld',
        detail: 'Not dealt with yet.',
      },
      parcelIssues: {
        title_one: 'parcel refused, returned or lost',
        title_other: 'parcels refused, returned or lost',
        detail: 'Not dealt with yet.',
      },
      oldDrafts: {
        title_one: 'old draft',
        title_other: 'old drafts',
        detail: 'Started more than {{days}} days ago.',
      },
      standingOrdersLate: {
        title_one: 'standing order payment late',
        title_other: 'standing order payments late',
        detail: 'Expected more than {{days}} days ago, with no payment matched.',
      },
    },
    opensPrisoners: 'Open the list',
    opensStandingOrders: 'Open the standing orders',
    opensLetters: 'Open in Letters',
    opensParcels: 'Open in Parcels',
    settingsLink: 'Set the waits in Settings',
    empty: 'The vault holds no prisoner yet.',
    emptyNext:
      'Start by adding a prisoner or importing your spreadsheet: this page will then show who to write to, the replies you are waiting for and the dates not to miss.',
    filter: {
      label: 'Filtered list:',
      repliesOverdue: 'replies overdue',
      noLetter: 'no letter for {{days}} days',
      birthdays: 'birthday in the next {{days}} days',
      releases: 'release expected in the next {{days}} days',
      transfers: 'transferred in the last {{days}} days',
      clear: 'Remove this filter',
    },
  },
};
