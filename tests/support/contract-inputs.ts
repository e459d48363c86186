import fc from 'fast-check';
import type { z } from 'zod';
import type { Channel } from '../../shared/channels';
import { contract } from '../../shared/contract';
import { labelSheets } from '../../shared/printing/label-sheets';
import { countryCode, id, languageCode } from '../../shared/common.schemas';
import { iban, referencePattern, referencePlaceholders } from '../../shared/registry/mail-rules.schemas';
import { draftValues } from '../../shared/drafts/drafts.schemas';
import { customSheetId, jobId, sheetId } from '../../shared/printing/printing.schemas';
import { secret, unlockMethod } from '../../shared/vault/vault.schemas';
import { eveningLetterInput } from '../../shared/evenings/evenings.schemas';
import { PASSPHRASE } from './cheap-kdf';
import { COLLIDING_TEXT, zodArbitrary, type SchemaPath } from './zod-arbitrary';

/**
 * Valid inputs for every channel of the contract, generated from its zod schemas, with the row ids left as
 * placeholders (`Ref`) that a sequence of calls resolves when it runs: mostly rows that exist at that moment,
 * sometimes one just deleted or one that never existed.
 */

export const refKinds = [
  'facility',
  'prisoner',
  'stay',
  'tag',
  'member',
  'template',
  'job',
  'letter',
  'parcel',
  'attachment',
  'evening',
  'account',
  'fund',
  'category',
  'donor',
  'standingOrder',
  'transaction',
  'transfer',
] as const;
export type RefKind = (typeof refKinds)[number];

export class Ref {
  constructor(
    readonly kind: RefKind,
    readonly pick: number,
  ) {}

  [fc.toStringMethod](): string {
    return `ref(${this.kind}#${this.pick})`;
  }
}

/** What `id` means in each domain's own channels (`facilities:get { id }`); other fields say it in their name. */
const ownKind: Record<string, RefKind> = {
  facilities: 'facility',
  prisoners: 'prisoner',
  stays: 'stay',
  tags: 'tag',
  members: 'member',
  attachments: 'attachment',
  letters: 'letter',
  /** A page's cursor: any row of the timeline, a letter as good as another (it needs not exist). */
  timeline: 'letter',
  parcels: 'parcel',
  evenings: 'evening',
  accounts: 'account',
  funds: 'fund',
  categories: 'category',
  donors: 'donor',
  standingOrders: 'standingOrder',
  transactions: 'transaction',
};
const fieldKind: Record<string, RefKind> = {
  prisonerId: 'prisoner',
  prisonerIds: 'prisoner',
  facilityId: 'facility',
  tagIds: 'tag',
  tagId: 'tag',
  memberId: 'member',
  letterId: 'letter',
  parcelId: 'parcel',
  stayId: 'stay',
  writerMemberId: 'member',
  replyToId: 'letter',
  /** A draft's record: a prisoner or a facility, never read as a foreign key (a stale one reopens an empty form). */
  recordId: 'prisoner',
  eveningId: 'evening',
  letterIds: 'letter',
  fromStayId: 'stay',
  byMemberId: 'member',
  accountId: 'account',
  fromAccountId: 'account',
  toAccountId: 'account',
  fundId: 'fund',
  categoryId: 'category',
  donorId: 'donor',
  standingOrderId: 'standingOrder',
};

function idKind(channel: Channel, path: SchemaPath): RefKind {
  const field = [...path].reverse().find((key) => key !== '*') ?? '';
  const kind = field === 'id' ? ownKind[channel.split(':')[0] ?? ''] : fieldKind[field];
  if (!kind) throw new Error(`No row kind for the id at ${channel} ${path.join('.')}: add it to contract-inputs.ts`);
  return kind;
}

const pick = fc.nat({ max: 63 });
const ref = (kind: RefKind) => pick.map((n) => new Ref(kind, n));

const IBANS = [
  'FR7630006000011234567890189',
  'fr76 3000 6000 0112 3456 7890 189',
  'DE89370400440532013000',
  'BE68539007547034',
  'GB82 WEST 1234 5698 7654 32',
];
const COUNTRIES = ['FR', 'BE', 'CH', 'DE', 'PL', 'TR', 'GR', 'ES', 'IT', 'GB', 'US', 'CA', 'JP', ' fr ', 'de'];
const LANGUAGES = ['fr', 'en', 'tr', 'de', 'ar', 'el', 'EN', ' es '];
const words = fc.oneof(fc.constantFrom(...COLLIDING_TEXT), fc.string({ maxLength: 12 }));

/** Generators for the schemas that random text would almost never satisfy, and for the row ids. */
function hintFor(channel: Channel) {
  return (schema: z.ZodType, path: SchemaPath): fc.Arbitrary<unknown> | undefined => {
    if (schema === id) return ref(idKind(channel, path));
    if (schema === customSheetId) return ref('template');
    if (schema === sheetId) return fc.oneof(fc.constantFrom(...labelSheets.map((s) => s.id)), ref('template'));
    if (schema === jobId) return ref('job');
    if (channel === 'transfers:delete' && path.join('.') === 'transferGroup') return ref('transfer');
    if (schema === draftValues) return fc.object({ maxDepth: 2 }).map((values) => JSON.stringify(values));
    if (schema === iban) return fc.constantFrom(...IBANS);
    if (schema === countryCode)
      return fc.oneof({ arbitrary: fc.constantFrom(...COUNTRIES), weight: 4 }, fc.stringMatching(/^[A-Z]{2}$/));
    if (schema === languageCode)
      return fc.oneof({ arbitrary: fc.constantFrom(...LANGUAGES), weight: 3 }, fc.stringMatching(/^[a-z]{2,3}$/));
    if (schema === referencePattern) {
      const piece = fc.oneof(
        fc.constantFrom(...referencePlaceholders.map((p) => `{${p}}`)),
        fc.constantFrom('REF-', ' ', '/', 'x'),
      );
      return fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    }
    // Mostly the right passphrase, so that an unlock in a sequence opens the vault again (each try takes a third of
    // a second: the key derivation runs in a worker).
    if (schema === secret)
      return fc.oneof({ arbitrary: fc.constant(PASSPHRASE), weight: 7 }, fc.string({ minLength: 1, maxLength: 30 }));
    if (schema === unlockMethod)
      return fc.oneof({ arbitrary: fc.constant('passphrase'), weight: 7 }, fc.constant('recoveryCode'));
    // The first label of a sheet: mostly near the top left, where every sheet has one.
    const field = path.at(-1);
    if (channel.startsWith('print:') && (field === 'startRow' || field === 'startColumn')) {
      const anywhere = fc.integer({ min: 1, max: field === 'startRow' ? 40 : 20 });
      return fc.option(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 4 }, anywhere), {
        nil: undefined,
      });
    }
    // A letter names up to five other rows: mostly no reply, the open stay and at most one tag, so that some letters
    // are saved and the channels that need one (update, markHandled, a reply) meet it.
    if (channel === 'letters:create' || channel === 'letters:update') {
      const mostlyNull = (kind: RefKind) => fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, ref(kind));
      if (field === 'replyToId') return mostlyNull('letter');
      if (field === 'stayId') return mostlyNull('stay');
      if (field === 'tagIds') return fc.array(ref('tag'), { maxLength: 1 });
    }
    // An evening's grid saves only when every row's prisoner is held somewhere: one or two rows, mostly by the group.
    if (channel === 'evenings:logLetters') {
      if (field === 'writerMemberId') return fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, ref('member'));
      if (path.join('.') === 'rows')
        return fc.array(zodArbitrary(eveningLetterInput, { hint: hintFor(channel) }), { minLength: 1, maxLength: 2 });
    }
    // Words the registry holds, their prefixes and FTS syntax; the generic text rarely matches anything.
    if (channel === 'search:query' && path.join('.') === 'text') {
      return fc.oneof(
        words,
        words.map((w) => w.slice(0, 2)),
        fc.array(words, { maxLength: 3 }).map((ws) => ws.join(' ')),
      );
    }
    return undefined;
  };
}

/** Replaces every placeholder in an input (a new value: generated values are shared between runs). */
export function resolveRefs(value: unknown, resolve: (ref: Ref) => unknown): unknown {
  if (value instanceof Ref) return resolve(value);
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, resolve));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveRefs(item, resolve)]));
  }
  return value;
}

/** Any valid stand-in: refinements never depend on which row an id names. */
const standIn = (r: Ref): unknown =>
  r.kind === 'template'
    ? 'custom:1'
    : r.kind === 'job'
      ? 'job'
      : r.kind === 'transfer'
        ? '00000000-0000-4000-8000-000000000000'
        : 1;

/** Valid inputs of one channel, with `Ref` placeholders for row ids. */
export function channelInput(channel: Channel): fc.Arbitrary<unknown> {
  return zodArbitrary(contract[channel].input, {
    hint: hintFor(channel),
    forCheck: (value) => resolveRefs(value, standIn),
  });
}

/** The same inputs with every placeholder replaced by a stand-in: what the schema must accept. */
export function standInInput(value: unknown): unknown {
  return resolveRefs(value, standIn);
}
