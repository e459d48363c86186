import { useCallback, useEffect, useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  assessPassphrase,
  MIN_PASSPHRASE_SCORE,
  type PassphraseAssessment,
} from '../../../shared/vault/passphrase-strength';
import type { Language } from '../../../shared/settings/settings.schemas';

/** Typing pause after which the meter updates: zxcvbn-ts takes up to ~0.5 s on long passphrases with digits. */
const SETTLE_MS = 250;

export interface Assessment {
  /** What the meter shows: the last settled assessment, null while the user is still typing. */
  shown: PassphraseAssessment | null;
  /** The assessment of the passphrase as it is now, computed at once if the meter has not caught up (on submit). */
  now: () => PassphraseAssessment | null;
}

/** zxcvbn-ts runs here once typing pauses; the vault runs the same check again before accepting the passphrase. */
export function useAssessment(passphrase: string): Assessment {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const [settled, setSettled] = useState<{ key: string; assessment: PassphraseAssessment } | null>(null);
  const key = `${language}\u0000${passphrase}`;
  useEffect(() => {
    if (!passphrase) return undefined;
    const timer = setTimeout(() => setSettled({ key, assessment: assessPassphrase(passphrase, language) }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key, passphrase, language]);
  const shown = passphrase && settled?.key === key ? settled.assessment : null;
  const now = useCallback(
    () => (passphrase ? (shown ?? assessPassphrase(passphrase, language)) : null),
    [passphrase, language, shown],
  );
  return { shown, now };
}

/** Why a passphrase is refused, in the interface's language: zxcvbn's own reasons (translated by its language packs), then the policy's. */
function reasons(assessment: PassphraseAssessment, t: TFunction): string[] {
  const found =
    assessment.activistWords.length > 0
      ? [t('passphrase.activistWords', { words: assessment.activistWords.join(', ') })]
      : [];
  return [
    ...found,
    ...(assessment.warning ? [assessment.warning] : []),
    ...assessment.suggestions,
    ...(assessment.tooShort ? [t('passphrase.tooShort')] : []),
    ...(assessment.score < MIN_PASSPHRASE_SCORE ? [t('strength.weakAdvice')] : []),
  ];
}

export function StrengthMeter({ assessment }: { assessment: PassphraseAssessment | null }) {
  const { t } = useTranslation();
  const labelId = useId();
  if (!assessment) return null;
  return (
    <div className="strength">
      <div className="strength-row">
        <span id={labelId}>{t('strength.label')}</span>
        <meter
          aria-labelledby={labelId}
          min={0}
          max={4}
          low={MIN_PASSPHRASE_SCORE - 1}
          high={MIN_PASSPHRASE_SCORE}
          optimum={4}
          value={assessment.score}
        />
        <strong className={assessment.acceptable ? 'strength-ok' : 'strength-weak'}>
          {t(`strength.level${assessment.score}`)}
        </strong>
      </div>
      {!assessment.acceptable && (
        <ul className="strength-feedback">
          {[...new Set(reasons(assessment, t))].map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
