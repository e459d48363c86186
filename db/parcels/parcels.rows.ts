import type { Insertable, Selectable } from 'kysely';
import type { Money, ParcelDetail, ParcelFields, ParcelItem } from '../../shared/parcels/parcels.schemas';
import { parcelIssueStatuses, type ParcelIssueReason, type ParcelStatus } from '../../shared/parcels/parcel-values';
import type { ParcelItemsTable, ParcelsTable } from '../schema';

const moneyOf = (minor: number | null, currency: string | null): Money | null =>
  minor === null || currency === null ? null : { minor, currency };

export const needsAction = (status: string, handledAt: string | null): boolean =>
  (parcelIssueStatuses as readonly string[]).includes(status) && handledAt === null;

/** The columns a save writes; the stay, its address and the timestamps are the caller's. */
export function parcelValues(
  data: ParcelFields,
): Omit<Insertable<ParcelsTable>, 'prisoner_id' | 'stay_id' | 'address_block' | 'created_at' | 'updated_at'> {
  return {
    status: data.status,
    weight_grams: data.weightGrams,
    postage_minor: data.postage?.minor ?? null,
    postage_currency: data.postage?.currency ?? null,
    carrier: data.carrier,
    tracking_number: data.trackingNumber,
    prepared_on: data.preparedOn,
    sent_on: data.sentOn,
    delivered_on: data.deliveredOn,
    dated_on: data.deliveredOn ?? data.sentOn ?? data.preparedOn,
    issue_reason: data.issueReason,
    issue_note: data.issueNote,
    action_taken: data.actionTaken,
    notes: data.notes,
  };
}

export function itemValues(parcelId: number, items: readonly ParcelItem[]): Insertable<ParcelItemsTable>[] {
  return items.map((item, position) => ({
    parcel_id: parcelId,
    position,
    category: item.category,
    description: item.description,
    quantity: item.quantity,
    value_minor: item.value?.minor ?? null,
    value_currency: item.value?.currency ?? null,
  }));
}

export function itemFromRow(row: Selectable<ParcelItemsTable>): ParcelItem {
  return {
    category: row.category as ParcelItem['category'],
    description: row.description,
    quantity: row.quantity,
    value: moneyOf(row.value_minor, row.value_currency),
  };
}

export function parcelFromRow(
  row: Selectable<ParcelsTable> & { prisoner_name: string; facility_name: string | null },
  items: ParcelItem[],
): ParcelDetail {
  return {
    id: row.id,
    prisonerId: row.prisoner_id,
    prisonerName: row.prisoner_name,
    stayId: row.stay_id,
    facilityName: row.facility_name,
    addressBlock: row.address_block === null ? null : (JSON.parse(row.address_block) as string[]),
    status: row.status as ParcelStatus,
    items,
    weightGrams: row.weight_grams,
    postage: moneyOf(row.postage_minor, row.postage_currency),
    carrier: row.carrier,
    trackingNumber: row.tracking_number,
    preparedOn: row.prepared_on,
    sentOn: row.sent_on,
    deliveredOn: row.delivered_on,
    datedOn: row.dated_on,
    issueReason: row.issue_reason as ParcelIssueReason | null,
    issueNote: row.issue_note,
    actionTaken: row.action_taken,
    handledAt: row.handled_at,
    needsAction: needsAction(row.status, row.handled_at),
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
