import { AppError } from '../../shared/errors';
import type { PrisonerStatus } from '../../shared/registry/prisoners.schemas';
import type { Stay } from '../../shared/registry/stays.schemas';
import { setPrisonerStatus, touchPrisoner } from './prisoners.queries';
import type { RegistryDb } from './registry-db';
import { endStay, insertStay, openStayOf } from './stays.queries';

async function requireOpenStay(db: RegistryDb, prisonerId: number, date: string, action: string): Promise<Stay> {
  const open = await openStayOf(db, prisonerId);
  if (!open) throw new AppError('NO_OPEN_STAY', 'The prisoner has no current stay');
  if (date < open.from) {
    const message = `The ${action} date is before the start of the current stay (${open.from})`;
    throw new AppError('VALIDATION', message, { issues: [{ path: ['date'], message }] });
  }
  return open;
}

/**
 * A transfer: the open stay ends on `date` and the next one starts on `date`. Run it inside one transaction: if the
 * new stay cannot be written (unknown facility), the old one must still be open.
 */
export async function transferPrisoner(
  db: RegistryDb,
  input: {
    prisonerId: number;
    facilityId: number;
    prisonerNumber: string | null;
    module?: string | null;
    date: string;
  },
): Promise<void> {
  const open = await requireOpenStay(db, input.prisonerId, input.date, 'transfer');
  await endStay(db, open.id, input.date, 'transfer');
  await insertStay(db, input.prisonerId, {
    facilityId: input.facilityId,
    prisonerNumber: input.prisonerNumber,
    module: input.module ?? null,
    from: input.date,
    to: null,
    startReason: 'transfer',
    endReason: null,
  });
  await touchPrisoner(db, input.prisonerId);
}

const statusAfter: Partial<Record<NonNullable<Stay['endReason']>, PrisonerStatus>> = {
  release: 'released',
  // Deported people leave the prison system of that country: for the group they are out, not in another cell.
  deportation: 'released',
  death: 'deceased',
};

/** Ends custody (release, deportation, death, other) and sets the status that follows from it. */
export async function closeCustody(
  db: RegistryDb,
  input: { prisonerId: number; date: string; endReason: 'release' | 'deportation' | 'death' | 'other' },
): Promise<void> {
  const open = await requireOpenStay(db, input.prisonerId, input.date, 'end');
  await endStay(db, open.id, input.date, input.endReason);
  const status = statusAfter[input.endReason];
  if (status) await setPrisonerStatus(db, input.prisonerId, status);
  else await touchPrisoner(db, input.prisonerId);
}
