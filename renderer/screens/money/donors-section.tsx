import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Donor } from '../../../shared/money/ledger-outputs.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useDonors, useMoneyWrite } from '../../api/money.queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { DonorDialog } from './donor-dialog';

/** The few donors the group chose to name; erasing one leaves their orders and gifts, anonymous. */
export function DonorsSection() {
  const { t } = useTranslation();
  const donors = useDonors();
  const erase = useMoneyWrite('donors:erase');
  const [editing, setEditing] = useState<Donor | 'new' | null>(null);
  const [erasing, setErasing] = useState<Donor | null>(null);
  const list = donors.data?.donors ?? [];
  return (
    <section className="money-donors" aria-labelledby="donors-heading">
      <h2 id="donors-heading">{t('money.screens.donors.heading')}</h2>
      <ErrorAlert code={donors.isError ? errorCodeOf(donors.error) : erase.isError ? errorCodeOf(erase.error) : null} />
      {list.length === 0 ? (
        donors.isSuccess && <p className="muted">{t('money.screens.donors.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('money.screens.donors.name')}</th>
              <th scope="col">{t('money.screens.donors.thanks')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((donor) => (
              <tr key={donor.id}>
                <td className="row-name">{donor.pseudonymOrName}</td>
                <td>{donor.noThanks ? t('money.screens.donors.thanksNone') : (donor.thanks ?? '—')}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button-link"
                    aria-label={t('money.screens.donors.editOne', { name: donor.pseudonymOrName })}
                    onClick={() => setEditing(donor)}
                  >
                    {t('money.screens.donors.edit')}
                  </button>
                  <button
                    type="button"
                    className="button-link"
                    aria-label={t('money.screens.donors.eraseOne', { name: donor.pseudonymOrName })}
                    onClick={() => setErasing(donor)}
                  >
                    {t('money.screens.donors.erase')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
        {t('money.screens.donors.new')}
      </button>
      {editing && <DonorDialog donor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {erasing && (
        <ConfirmDialog
          title={t('money.screens.donors.eraseTitle', { name: erasing.pseudonymOrName })}
          body={t('money.screens.donors.eraseBody')}
          confirmLabel={t('money.screens.donors.erase')}
          busyLabel={t('money.screens.donors.erasing')}
          busy={erase.isPending}
          onCancel={() => setErasing(null)}
          onConfirm={() => erase.mutate({ id: erasing.id }, { onSettled: () => setErasing(null) })}
        />
      )}
    </section>
  );
}
