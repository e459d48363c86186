import { composeAddressBlock } from '../../shared/address/compose-address';
import { composePostalLines } from '../../shared/address/postal-lines';
import { wholeTailOf } from '../../shared/printing/address-tail';
import type { PostalAddress } from '../../shared/registry/facilities.schemas';
import { mailRules, type MailRules } from '../../shared/registry/mail-rules.schemas';
import type { PrintSelection, exclusionReasons } from '../../shared/printing/printing.schemas';
import type { Language } from '../../shared/settings/settings.schemas';
import { addressFromRow } from '../registry/facilities.rows';
import { filteredPrisoners } from '../registry/prisoner-filter.queries';
import type { RegistryDb } from '../registry/registry-db';
import { eveningLetterRows } from './evening-selection.queries';
import { RECIPIENT_COLUMNS } from './recipient-columns';

export type ExclusionReason = (typeof exclusionReasons)[number];

/**
 * One prisoner the filters gave, with where they are now (null without an open stay); or one letter of a writing
 * evening, with the stay it was addressed to and the block kept with it.
 */
export interface SelectedRow {
  id: number;
  family_name: string;
  given_names: string | null;
  status: string;
  do_not_write: number;
  prisoner_number: string | null;
  module: string | null;
  facility_id: number | null;
  facility_name: string | null;
  country: string | null;
  street: string | null;
  extra: string | null;
  po_box: string | null;
  po_box_postcode: string | null;
  postcode: string | null;
  city: string | null;
  region: string | null;
  rules: string | null;
  /** A letter's own block (JSON), printed as it is rather than composed anew. */
  address_block?: string | null;
}

export interface Recipient {
  prisonerId: number;
  name: string;
  /** The block exactly as printed (shared/address). */
  lines: string[];
  /** How many last lines the layout never wraps (shared/printing/address-tail.ts). */
  wholeTail: number;
  country: string;
  facilityId: number;
  facilityName: string;
  rules: MailRules;
}

export interface Selection {
  recipients: Recipient[];
  excluded: { prisonerId: number; name: string; reason: ExclusionReason }[];
}

/** The registry's filters, narrowing together; archived prisoners are never printed. */
function selectRows(db: RegistryDb, selection: PrintSelection) {
  // Each prisoner with their open stay (if any) and its facility: where they are now is derived, never stored.
  return filteredPrisoners(db, { ...selection, includeArchived: false })
    .leftJoin('stays as s', (join) => join.onRef('s.prisoner_id', '=', 'p.id').on('s.to_date', 'is', null))
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    .select(RECIPIENT_COLUMNS)
    .orderBy('p.sort_name')
    .orderBy('p.id');
}

const displayName = (row: SelectedRow) => [row.given_names, row.family_name].filter(Boolean).join(' ');

function exclusionOf(row: SelectedRow, selection: PrintSelection): ExclusionReason | null {
  if (row.do_not_write === 1 && !selection.includeDoNotWrite) return 'do_not_write';
  if (row.status === 'released' && !selection.includeReleased) return 'released';
  if (row.status === 'deceased' && !selection.includeDeceased) return 'deceased';
  if (row.facility_id === null) return 'no_current_stay';
  return null;
}

interface FacilityParts {
  name: string;
  address: PostalAddress;
  postalLines: string[];
  rules: MailRules;
}

/**
 * Who gets a letter: the prisoners the filters give, each composed into the block printed for them, and the others
 * with the reason they are left out, so the organizer sees who is missing rather than a shorter list. The group's
 * country and language decide the country line and the number line's wording (shared/address).
 */
export async function selectRecipients(
  db: RegistryDb,
  selection: PrintSelection,
  groupCountry: string | null,
  language?: Language,
): Promise<Selection> {
  const rows: SelectedRow[] =
    selection.eveningId === undefined
      ? await selectRows(db, selection).execute()
      : await eveningLetterRows(db, selection.eveningId);
  const result: Selection = { recipients: [], excluded: [] };
  // Many prisoners share a prison: its address is composed and its rules read once (one selection's life only).
  const facilities = new Map<number, FacilityParts>();
  const facilityOf = (row: SelectedRow): FacilityParts => {
    const known = row.facility_id === null ? undefined : facilities.get(row.facility_id);
    if (known) return known;
    // exclusionOf has ruled out a missing stay, so the facility columns are there.
    const address = addressFromRow({
      country: row.country ?? '',
      street: row.street,
      extra: row.extra,
      po_box: row.po_box,
      po_box_postcode: row.po_box_postcode,
      postcode: row.postcode,
      city: row.city ?? '',
      region: row.region,
    });
    const parts: FacilityParts = {
      name: row.facility_name ?? '',
      address,
      postalLines: composePostalLines(address),
      rules: mailRules.parse(JSON.parse(row.rules ?? '{}')),
    };
    if (row.facility_id !== null) facilities.set(row.facility_id, parts);
    return parts;
  };
  for (const row of rows) {
    const name = displayName(row);
    const reason = exclusionOf(row, selection);
    if (reason !== null) {
      result.excluded.push({ prisonerId: row.id, name, reason });
      continue;
    }
    const facility = facilityOf(row);
    const kept = row.address_block ? (JSON.parse(row.address_block) as string[]) : null;
    const lines =
      kept ??
      composeAddressBlock({
        familyName: row.family_name,
        givenNames: row.given_names,
        prisonerNumber: row.prisoner_number,
        module: row.module,
        facilityName: facility.name,
        address: facility.address,
        postalLines: facility.postalLines,
        senderCountry: groupCountry,
        ...(language ? { language } : {}),
      });
    result.recipients.push({
      prisonerId: row.id,
      name,
      lines,
      wholeTail: wholeTailOf(lines, facility.address),
      country: facility.address.country,
      facilityId: row.facility_id ?? 0,
      facilityName: facility.name,
      rules: facility.rules,
    });
  }
  return result;
}
