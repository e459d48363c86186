import { useTranslation } from 'react-i18next';
import { useEvening } from '../../api/evenings.queries';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

/** On the Print page opened from an evening: whose letters are printed, and the way back to the filters. */
export function EveningPrintBanner({ eveningId, onUseFilters }: { eveningId: number; onUseFilters: () => void }) {
  const { t } = useTranslation();
  const evening = useEvening(eveningId);
  return (
    <p className="alert alert-info print-from-list" data-testid="print-evening">
      {evening.data
        ? t('evenings.print.banner', {
            count: evening.data.letters,
            date: formatDate(evening.data.heldOn, currentLanguage()),
          })
        : '…'}{' '}
      <button type="button" className="button-link" onClick={onUseFilters}>
        {t('evenings.print.useFilters')}
      </button>
    </p>
  );
}
