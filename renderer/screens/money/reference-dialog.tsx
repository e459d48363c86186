import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fund } from '../../../shared/money/ledger-outputs.schemas';
import { referenceKinds } from '../../../shared/money/payment-reference.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useMoneyWrite } from '../../api/money.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { recordedBy } from './recorded-by';

type Scheme = (typeof referenceKinds)[number];

/** Makes a fresh structured reference for a fund, in the form its donors' banks take, and shows it as printed. */
export function ReferenceDialog({ fund, onClose }: { fund: Fund; onClose: () => void }) {
  const { t } = useTranslation();
  const make = useMoneyWrite('funds:newReference');
  const [scheme, setScheme] = useState<Scheme>('rf');
  const made = make.data?.reference.formatted;
  return (
    <ModalDialog
      title={t('money.screens.funds.makeReferenceOne', { name: fund.name })}
      onClose={make.isPending ? undefined : onClose}
    >
      <fieldset className="form-section">
        <legend>{t('money.screens.funds.referenceKind')}</legend>
        {referenceKinds.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="reference-scheme"
              value={value}
              checked={scheme === value}
              onChange={() => setScheme(value)}
            />
            {t(`money.ledger.referenceSchemes.${value}`)}
          </label>
        ))}
      </fieldset>
      {made && (
        <p className="reference-made" role="status">
          {t('money.screens.funds.referenceMade')} <strong className="reference">{made}</strong>
        </p>
      )}
      <ErrorAlert code={make.isError ? errorCodeOf(make.error) : null} />
      <div className="actions">
        <button type="button" className="button-secondary" disabled={make.isPending} onClick={onClose}>
          {made ? t('common.close') : t('common.cancel')}
        </button>
        {!made && (
          <BusyButton
            busy={make.isPending}
            busyLabel={t('common.saving')}
            onClick={() => make.mutate({ fundId: fund.id, scheme, byMemberId: recordedBy() })}
          >
            {t('money.screens.funds.makeReference')}
          </BusyButton>
        )}
      </div>
    </ModalDialog>
  );
}
