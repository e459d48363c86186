import type { lettersImportFr } from './letters-import.fr';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const lettersImportEn: Widen<typeof lettersImportFr> = {
  lettersImport: {
    columns: {
      familyName: 'Family name',
      givenNames: 'Given names',
      fullName: 'Full name',
      prisonerNumber: 'Prisoner number',
      direction: 'Direction',
      status: 'Status',
      channel: 'Channel',
      date: 'Date',
      writtenOn: 'Written on',
      sentOn: 'Sent on',
      receivedOn: 'Received on',
      writer: 'Written by',
      pages: 'Pages',
      summary: 'Summary',
      reason: 'Reason',
      reasonNote: 'Reason details',
    },
    problems: {
      prisoner_missing: 'the row names nobody (Family name and Given names columns, or Full name)',
      prisoner_unknown: 'nobody of this name in the vault',
      prisoner_ambiguous: 'several people have this name in the vault: add the prisoner number',
      number_unknown: 'nobody has this prisoner number in the vault',
      number_other_name: 'this prisoner number belongs to someone with another name',
      direction_missing: 'the direction is missing (sent or received)',
      direction_unknown: 'direction not understood (sent, received, out, in…)',
      status_unknown: 'status not understood (sent, returned, withheld, lost, received…)',
      status_direction: 'this status does not fit the direction (a letter in is “Received”)',
      date_missing: 'no date',
      date_invalid: 'this date does not exist (expected: YYYY-MM-DD or DD/MM/YYYY)',
      received_before_sent: 'received before it was sent',
      writer_unknown: 'no member has this pseudonym',
      writer_ambiguous: 'several members have this pseudonym',
      channel_unknown: 'channel not understood (post, email, visit, other)',
      pages_invalid: 'a whole number of pages, from 0 to 1000',
      reason_missing: 'a returned or withheld letter needs its reason',
      reason_unknown: 'reason not understood',
      reason_not_allowed: 'only a returned or withheld letter has a reason',
      note_missing: 'the reason “Other” needs its details',
      too_long: 'text too long',
    },
  },
};
