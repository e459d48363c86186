import { useTranslation } from 'react-i18next';
import type { AttentionKind } from '../../../shared/dashboard/dashboard.schemas';
import { DEFAULT_NO_LETTER_DAYS, DEFAULT_REPLY_WINDOW_DAYS } from '../../../shared/settings/settings.schemas';
import { useSettings } from '../../api/settings.queries';
import { attentionDays } from './dashboard-page';

/** Above the prisoner list opened from a dashboard tile: which count it shows, and the way back to everyone. */
export function AttentionFilterNote({ kind, onClear }: { kind: AttentionKind; onClear: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const days = attentionDays(kind, {
    noLetterDays: settings.data?.noLetterDays ?? DEFAULT_NO_LETTER_DAYS,
    replyWindowDays: settings.data?.replyWindowDays ?? DEFAULT_REPLY_WINDOW_DAYS,
  });
  return (
    <p className="attention-filter" data-testid="attention-filter">
      <span>
        {t('dashboard.filter.label')} <strong>{t(`dashboard.filter.${kind}`, { days })}</strong>
      </span>
      <button type="button" className="button-secondary" onClick={onClear}>
        {t('dashboard.filter.clear')}
      </button>
    </p>
  );
}
