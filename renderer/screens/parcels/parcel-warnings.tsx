import { useTranslation } from 'react-i18next';
import { parcelWarningParams } from '../../../shared/parcels/parcel-warning-text';
import type { ParcelWarning } from '../../../shared/parcels/parcels.schemas';
import { BusyButton } from '../../components/busy-button';

interface ParcelWarningsProps {
  warnings: ParcelWarning[];
  busy: boolean;
  onSaveAnyway: () => void;
}

/** What the facility's rules say, nothing saved yet: the volunteer corrects the form or saves anyway. */
export function ParcelWarnings({ warnings, busy, onSaveAnyway }: ParcelWarningsProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" role="alert" data-testid="parcel-warnings">
      <strong>{t('parcels.warnings.heading')}</strong>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>
            {t(
              `parcels.warnings.${warning.kind}`,
              parcelWarningParams(warning, (c) => t(`parcelContent.${c}`)),
            )}
          </li>
        ))}
      </ul>
      <p>{t('parcels.warnings.intro')}</p>
      <BusyButton busy={busy} busyLabel={t('parcels.form.saving')} className="button-secondary" onClick={onSaveAnyway}>
        {t('parcels.warnings.saveAnyway')}
      </BusyButton>
    </div>
  );
}
