import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/settings/settings.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { stayDestination, type StayDestination } from '../registry/stay-destination.queries';

/** A parcel's stay, with its facility's rules and the block exactly as printing composes it today, kept with it. */
export type ResolvedStay = StayDestination;

export const STAY_OF_ANOTHER_MESSAGE = 'This stay belongs to another prisoner';

/**
 * The stay a parcel goes to: the one named, which must be the prisoner's own, or the one they are in now. Null when
 * none is named and the prisoner is in no prison the group knows of (the rules then cannot be checked).
 */
export async function resolveParcelStay(
  db: RegistryDb,
  prisonerId: number,
  stayId: number | null,
  language: Language,
): Promise<ResolvedStay | null> {
  const stay = await stayDestination(db, prisonerId, stayId, language);
  if (stay && stay.prisonerId !== prisonerId) {
    throw new AppError('VALIDATION', STAY_OF_ANOTHER_MESSAGE, {
      issues: [{ path: ['stayId'], message: STAY_OF_ANOTHER_MESSAGE }],
    });
  }
  return stay;
}
