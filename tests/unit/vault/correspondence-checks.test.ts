import { describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../../../db/vault/sqlite';
import { attachmentMediaTypes } from '../../../shared/attachments/attachment-values';
import {
  letterChannels,
  letterDirections,
  letterIssueReasons,
  letterStatuses,
} from '../../../shared/letters/letter-values';
import { parcelContents, parcelIssueReasons, parcelStatuses } from '../../../shared/parcels/parcel-values';
import {
  BAD_DATES,
  BAD_TIMESTAMPS,
  GOOD_DATES,
  GOOD_TIMESTAMPS,
  NOW,
  allowedBy,
  expectChecked,
  insert,
  onCheckedVault,
  tryInsert,
  values,
  type Row,
} from '../../support/check-constraints';

/** A valid row of each table; prisoner 1, facility 1, stay 1, letter 1 and parcel 1 exist in the vault under test. */
const VALID: Record<string, Row> = {
  facilities: {
    name: 'Prison',
    kind: 'prison',
    country: 'FR',
    city: 'Lyon',
    rules: '{}',
    created_at: NOW,
    updated_at: NOW,
  },
  prisoners: { family_name: 'Yılmaz', sort_name: 'yilmaz', status: 'unknown', created_at: NOW, updated_at: NOW },
  stays: { prisoner_id: 1, facility_id: 1, from_date: '2024-01-01', start_reason: 'arrest' },
  letters: {
    prisoner_id: 1,
    direction: 'out',
    status: 'sent',
    channel: 'post',
    sent_on: '2024-03-01',
    dated_on: '2024-03-01',
    created_at: NOW,
    updated_at: NOW,
  },
  parcels: {
    prisoner_id: 1,
    status: 'prepared',
    prepared_on: '2024-03-01',
    dated_on: '2024-03-01',
    created_at: NOW,
    updated_at: NOW,
  },
  parcel_items: { parcel_id: 1, position: 0, category: 'books', description: 'Deux romans', quantity: 2 },
  writing_evenings: { held_on: '2024-03-01', created_at: NOW, updated_at: NOW },
  attachments: {
    letter_id: 1,
    file_name: 'scan.pdf',
    media_type: 'application/pdf',
    byte_size: 3,
    content: Buffer.from('PDF'),
    created_at: NOW,
  },
};

const cases: { name: string; table: string; good: Row[]; bad: Row[] }[] = [
  {
    name: 'letters.direction',
    table: 'letters',
    good: [{ direction: 'in', status: 'received' }],
    bad: [{ direction: 'sideways' }],
  },
  {
    name: 'letters.status',
    table: 'letters',
    good: values('status', ['draft', 'sent', 'acknowledged', 'lost']),
    // A letter in is received and only that; returned and withheld carry a reason.
    bad: [...values('status', ['Sent', '', 'received']), { status: 'returned' }, { direction: 'in', status: 'sent' }],
  },
  {
    name: 'letters.issue_reason',
    table: 'letters',
    good: letterIssueReasons.map((issue_reason) => ({ status: 'returned', issue_reason })),
    bad: [
      { status: 'withheld', issue_reason: 'lost' },
      { status: 'sent', issue_reason: 'moved' },
    ],
  },
  {
    name: 'letters.channel',
    table: 'letters',
    good: values('channel', letterChannels),
    bad: values('channel', ['fax', '']),
  },
  {
    name: 'letters.dates',
    table: 'letters',
    good: [
      { sent_on: null, written_on: '2024-02-28', dated_on: '2024-02-28' },
      { direction: 'in', status: 'received', received_on: '2024-03-05', dated_on: '2024-03-05' },
      ...GOOD_DATES.map((d) => ({ sent_on: d, dated_on: d })),
    ],
    bad: [
      ...BAD_DATES.map((d) => ({ sent_on: d, dated_on: d })),
      { dated_on: '2024-03-02' },
      { sent_on: null, dated_on: '2024-03-01' },
      // Received before it was sent.
      { direction: 'in', status: 'received', received_on: '2024-02-01', dated_on: '2024-02-01' },
    ],
  },
  {
    name: 'letters.address_block',
    table: 'letters',
    good: values('address_block', [null, '[]', '["Ana DUPONT","31600 MURET"]']),
    bad: values('address_block', ['{}', 'Ana', '"Ana"']),
  },
  {
    name: 'letters.counts',
    table: 'letters',
    good: [{ pages: 0, photos: 3, stamps: 1000, language: 'tr' }, { language: 'kmr' }],
    bad: [{ pages: -1 }, { photos: 1001 }, { language: 'FR' }, { language: 'fra1' }],
  },
  {
    name: 'letters.timestamps',
    table: 'letters',
    good: GOOD_TIMESTAMPS.map((t) => ({
      created_at: t,
      updated_at: t,
      status: 'returned',
      issue_reason: 'moved',
      handled_at: t,
    })),
    bad: BAD_TIMESTAMPS.map((t) => ({ status: 'returned', issue_reason: 'moved', handled_at: t })),
  },
  {
    name: 'parcels.status',
    table: 'parcels',
    good: [
      ...values('status', ['prepared', 'sent', 'delivered']),
      ...parcelIssueReasons.map((issue_reason) => ({ status: 'refused', issue_reason })),
    ],
    bad: [...values('status', ['posted', '', 'refused']), { status: 'sent', issue_reason: 'moved' }],
  },
  {
    name: 'parcels.amounts',
    table: 'parcels',
    good: [
      { weight_grams: 5000, postage_minor: 1290, postage_currency: 'EUR' },
      { postage_minor: 0, postage_currency: 'CHF' },
    ],
    bad: [
      { weight_grams: -1 },
      { weight_grams: 100001 },
      { postage_minor: 1290 },
      { postage_currency: 'EUR' },
      { postage_minor: 100, postage_currency: 'eur' },
    ],
  },
  {
    name: 'parcels.dates',
    table: 'parcels',
    good: [{ sent_on: '2024-03-02', delivered_on: '2024-03-04', dated_on: '2024-03-04' }],
    bad: [
      { sent_on: '2024-02-01', dated_on: '2024-02-01' },
      { sent_on: '2024-03-05', delivered_on: '2024-03-04', dated_on: '2024-03-04' },
      ...BAD_DATES.map((d) => ({ prepared_on: d, dated_on: d })),
    ],
  },
  {
    name: 'parcel_items',
    table: 'parcel_items',
    good: [...values('category', parcelContents), { value_minor: 1500, value_currency: 'EUR' }],
    bad: [{ category: 'weapons' }, { quantity: 0 }, { quantity: 1001 }, { value_minor: 1500 }, { position: -1 }],
  },
  {
    name: 'writing_evenings',
    table: 'writing_evenings',
    good: values('held_on', GOOD_DATES),
    bad: [...values('held_on', BAD_DATES), ...values('created_at', BAD_TIMESTAMPS)],
  },
  {
    name: 'attachments',
    table: 'attachments',
    good: [...attachmentMediaTypes.map((media_type) => ({ media_type })), { letter_id: null, parcel_id: 1 }],
    bad: [{ media_type: 'image/heic' }, { byte_size: 4 }, { parcel_id: 1 }, { letter_id: null }],
  },
];

/** The enumerations of shared/ and the named CHECK that holds each in the migrated vault. */
const ENUMS: [constraint: string, allowed: readonly string[]][] = [
  ['letters_direction_values', letterDirections],
  ['letters_status_values', letterStatuses],
  ['letters_channel_values', letterChannels],
  ['letters_issue_reason_values', letterIssueReasons],
  ['parcels_status_values', parcelStatuses],
  ['parcels_issue_reason_values', parcelIssueReasons],
  ['parcel_items_category_values', parcelContents],
];

describe('CHECK constraints of letters, parcels, evenings and attachments', () => {
  let db: SqliteDatabase;
  onCheckedVault(VALID, ['facilities', 'prisoners', 'stays', 'letters', 'parcels'], (opened) => {
    db = opened;
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: good rows are written, bad ones refused with SQLITE_CONSTRAINT_CHECK',
    (_name, { table, good, bad }) => {
      expectChecked(db, table, VALID[table] ?? {}, good, bad);
    },
  );

  it('refuses a count or an amount that is not a whole number (STRICT tables)', () => {
    expect(tryInsert(db, 'letters', { ...VALID['letters'], stamps: 1.5 })).toBe('SQLITE_CONSTRAINT_DATATYPE');
    expect(tryInsert(db, 'parcels', { ...VALID['parcels'], postage_minor: 12.9, postage_currency: 'EUR' })).toBe(
      'SQLITE_CONSTRAINT_DATATYPE',
    );
  });

  it.each(ENUMS)('%s allows exactly the values of shared/', (constraint, allowed) => {
    expect(allowedBy(db, constraint).sort()).toEqual([...allowed].sort());
  });

  it('keeps a letter when its stay, writer, evening or the letter it answers goes; removes it with its prisoner', () => {
    db.exec('BEGIN');
    try {
      insert(db, 'members', { pseudonym: 'Camille' });
      insert(db, 'writing_evenings', VALID['writing_evenings'] ?? {});
      insert(db, 'letters', { ...VALID['letters'], stay_id: 1, writer_member_id: 1, evening_id: 1, reply_to_id: 1 });
      db.exec('DELETE FROM members; DELETE FROM writing_evenings; DELETE FROM stays');
      const kept = db.prepare('SELECT stay_id, writer_member_id, evening_id FROM letters WHERE id = 2').get();
      expect(kept).toEqual({ stay_id: null, writer_member_id: null, evening_id: null });
      db.exec('DELETE FROM letters WHERE id = 1');
      expect(db.prepare('SELECT reply_to_id FROM letters WHERE id = 2').pluck().get()).toBeNull();
      db.exec('DELETE FROM prisoners');
      expect(db.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM parcels').pluck().get()).toBe(0);
    } finally {
      db.exec('ROLLBACK');
    }
  });
});
