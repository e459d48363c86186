import type { z } from 'zod';
import { stayEndReasons, stayStartReasons, type Stay, type stayInput } from '../../shared/registry/stays.schemas';

/** A stay as the handlers receive it (after zod transforms). */
export type StayData = z.output<typeof stayInput>;

export interface StayColumns {
  id: number;
  prisoner_id: number;
  facility_id: number;
  facility_name: string;
  facility_country: string;
  facility_city: string;
  prisoner_number: string | null;
  module: string | null;
  from_date: string;
  to_date: string | null;
  start_reason: string;
  end_reason: string | null;
}

const isStartReason = (v: string): v is Stay['startReason'] => (stayStartReasons as readonly string[]).includes(v);
const isEndReason = (v: string): v is NonNullable<Stay['endReason']> =>
  (stayEndReasons as readonly string[]).includes(v);

export function stayFromColumns(row: StayColumns): Stay {
  return {
    id: row.id,
    prisonerId: row.prisoner_id,
    facilityId: row.facility_id,
    facilityName: row.facility_name,
    facilityCountry: row.facility_country,
    facilityCity: row.facility_city,
    prisonerNumber: row.prisoner_number,
    module: row.module,
    from: row.from_date,
    to: row.to_date,
    startReason: isStartReason(row.start_reason) ? row.start_reason : 'other',
    endReason: row.end_reason === null ? null : isEndReason(row.end_reason) ? row.end_reason : 'other',
  };
}

export function stayValues(data: StayData) {
  return {
    facility_id: data.facilityId,
    prisoner_number: data.prisonerNumber,
    module: data.module ?? null,
    from_date: data.from,
    to_date: data.to,
    start_reason: data.startReason,
    end_reason: data.endReason,
  };
}
