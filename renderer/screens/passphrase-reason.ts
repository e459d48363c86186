import type { PassphraseAssessment } from '../../shared/passphrase-strength';

export type PassphraseReason = 'reasonEmpty' | 'reasonWeak' | 'reasonMismatch';

/** Why a new passphrase cannot be used yet, or null when it can (the vault checks strength again). */
export function newPassphraseReason(passphrase: string, confirmation: string, assessment: PassphraseAssessment | null): PassphraseReason | null {
  if (!passphrase || !assessment) return 'reasonEmpty';
  if (!assessment.acceptable) return 'reasonWeak';
  if (passphrase !== confirmation) return 'reasonMismatch';
  return null;
}
