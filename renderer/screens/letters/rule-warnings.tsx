import { useTranslation } from 'react-i18next';
import type { RuleWarning } from '../../../shared/letters/letter-rules.schemas';

/** The facility's rules the letter runs into, one sentence each, announced as they appear. */
export function RuleWarnings({ warnings }: { warnings: readonly RuleWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warning" role="alert" data-testid="rule-warnings">
      <p>{t('letters.warningsTitle')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.kind}>
            {t(`letters.warnings.${warning.kind}`, {
              facility: warning.facilityName,
              limit: warning.limit ?? 0,
              count: warning.count ?? 0,
              languages: warning.languages.join(', '),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
