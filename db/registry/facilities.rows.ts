import type { Insertable, Selectable } from 'kysely';
import type { z } from 'zod';
import {
  facilityKind,
  type Facility,
  type facilityInput,
  type PostalAddress,
} from '../../shared/registry/facilities.schemas';
import { mailRules } from '../../shared/registry/mail-rules.schemas';
import type { FacilitiesTable } from '../schema';

/** A facility as the handlers receive it (after zod defaults and transforms). */
export type FacilityData = z.output<typeof facilityInput>;
export type FacilityRow = Selectable<FacilitiesTable>;

type AddressColumns = Pick<
  FacilityRow,
  'country' | 'street' | 'extra' | 'po_box' | 'po_box_postcode' | 'postcode' | 'city' | 'region'
>;

export function addressFromRow(row: AddressColumns): PostalAddress {
  return {
    country: row.country,
    street: row.street,
    extra: row.extra,
    poBox: row.po_box,
    poBoxPostcode: row.po_box_postcode,
    postcode: row.postcode,
    city: row.city,
    region: row.region,
  };
}

export function facilityFromRow(row: FacilityRow): Facility {
  return {
    id: row.id,
    name: row.name,
    kind: facilityKind.parse(row.kind),
    address: addressFromRow(row),
    // Parsed again on read: a vault written by an older version still yields rules with every field present.
    rules: mailRules.parse(JSON.parse(row.rules)),
    notes: row.notes,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function facilityValues(
  data: FacilityData,
): Omit<Insertable<FacilitiesTable>, 'id' | 'archived' | 'created_at' | 'updated_at'> {
  const { address } = data;
  return {
    name: data.name,
    kind: data.kind,
    country: address.country,
    street: address.street,
    extra: address.extra,
    po_box: address.poBox,
    po_box_postcode: address.poBoxPostcode ?? null,
    postcode: address.postcode,
    city: address.city,
    region: address.region,
    rules: JSON.stringify(data.rules),
    notes: data.notes,
  };
}
