import { MIN_PASSPHRASE_SCORE, type PassphraseAssessment } from '../../../shared/vault/passphrase-strength';

export type PassphraseReason = 'reasonEmpty' | 'reasonWeak' | 'reasonTooShort' | 'reasonMismatch';

/** Why a new passphrase cannot be used yet, or null when it can (the vault checks strength again). */
export function newPassphraseReason(
  passphrase: string,
  confirmation: string,
  assessment: PassphraseAssessment | null,
): PassphraseReason | null {
  if (!passphrase || !assessment) return 'reasonEmpty';
  // Too short says what to do even when zxcvbn rates it 4; a weak score comes first, as adding words fixes both.
  if (!assessment.acceptable)
    return assessment.tooShort && assessment.score >= MIN_PASSPHRASE_SCORE ? 'reasonTooShort' : 'reasonWeak';
  if (passphrase !== confirmation) return 'reasonMismatch';
  return null;
}
