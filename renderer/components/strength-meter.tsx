import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessPassphrase, MIN_PASSPHRASE_SCORE, type PassphraseAssessment } from '../../shared/passphrase-strength';
import type { Language } from '../../shared/schemas/settings.schemas';

/** zxcvbn-ts runs here as the user types; the vault runs the same check again before accepting the passphrase. */
export function useAssessment(passphrase: string): PassphraseAssessment | null {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  return useMemo(() => (passphrase ? assessPassphrase(passphrase, language) : null), [passphrase, language]);
}

export function StrengthMeter({ assessment }: { assessment: PassphraseAssessment | null }) {
  const { t } = useTranslation();
  const labelId = useId();
  if (!assessment) return null;
  return (
    <div className="strength">
      <div className="strength-row">
        <span id={labelId}>{t('strength.label')}</span>
        <meter aria-labelledby={labelId} min={0} max={4} low={MIN_PASSPHRASE_SCORE - 1} high={MIN_PASSPHRASE_SCORE} optimum={4} value={assessment.score} />
        <strong className={assessment.acceptable ? 'strength-ok' : 'strength-weak'}>{t(`strength.level${assessment.score}`)}</strong>
      </div>
      {!assessment.acceptable && (
        <ul className="strength-feedback">
          {assessment.warning && <li>{assessment.warning}</li>}
          {assessment.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
          <li>{t('strength.weakAdvice')}</li>
        </ul>
      )}
    </div>
  );
}
