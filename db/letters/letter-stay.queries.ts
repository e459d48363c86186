import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/settings/settings.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { stayDestination, type StayDestination } from '../registry/stay-destination.queries';

/** The stay a letter goes to, with what the save needs of it: the facility's rules and the block for that day. */
export type LetterStay = StayDestination;

/**
 * The stay named (it must be the prisoner's: another person's is refused in words) or, when none is named, the
 * prisoner's open stay; a letter by post needs one.
 */
export async function letterStay(
  db: RegistryDb,
  prisonerId: number,
  stayId: number | null,
  language: Language,
): Promise<LetterStay> {
  const stay = await stayDestination(db, prisonerId, stayId, language);
  if (!stay) throw new AppError('NO_OPEN_STAY', 'This prisoner has no open stay to address the letter to');
  if (stay.prisonerId !== prisonerId)
    throw new AppError('STAY_OF_ANOTHER_PRISONER', 'This stay belongs to another prisoner');
  return stay;
}
