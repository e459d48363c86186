import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/parcels/money-text';
import type { ParcelDetail } from '../../../shared/parcels/parcels.schemas';
import { errorCodeOf } from '../../api/client-error';
import { usePackingList, useParcel, useParcelWrite } from '../../api/parcels.queries';
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { BackButton } from '../../components/back-button';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate, formatDateTime } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { RenderedDocument } from '../printing/rendered-document';

function ParcelFacts({ parcel }: { parcel: ParcelDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const date = (value: string | null) => value && formatDate(value, language);
  const facts: [string, string | null][] = [
    [t('parcels.form.status'), t(`parcels.status.${parcel.status}`)],
    [t('parcels.form.issueReason'), parcel.issueReason && t(`parcels.issueReason.${parcel.issueReason}`)],
    [t('parcels.form.issueNote'), parcel.issueNote],
    [t('parcels.form.actionTaken'), parcel.actionTaken],
    [t('parcels.form.preparedOn'), date(parcel.preparedOn)],
    [t('parcels.form.sentOn'), date(parcel.sentOn)],
    [t('parcels.form.deliveredOn'), date(parcel.deliveredOn)],
    [t('parcels.form.weight'), parcel.weightGrams === null ? null : t('parcels.grams', { count: parcel.weightGrams })],
    [t('parcels.form.postage'), parcel.postage && formatMoney(parcel.postage, language)],
    [t('parcels.form.carrier'), parcel.carrier],
    [t('parcels.form.tracking'), parcel.trackingNumber],
  ];
  return (
    <dl className="facts">
      {facts
        .filter((fact): fact is [string, string] => Boolean(fact[1]))
        .map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function ParcelContents({ parcel }: { parcel: ParcelDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (parcel.items.length === 0) return <p className="muted">{t('parcels.page.noItems')}</p>;
  return (
    <table className="data-table parcel-contents">
      <thead>
        <tr>
          <th scope="col">{t('parcels.form.category')}</th>
          <th scope="col">{t('parcels.form.description')}</th>
          <th scope="col">{t('parcels.form.quantity')}</th>
          <th scope="col">{t('parcels.form.value')}</th>
        </tr>
      </thead>
      <tbody>
        {parcel.items.map((item, index) => (
          <tr key={index}>
            <td>{t(`parcelContent.${item.category}`)}</td>
            <td>{item.description}</td>
            <td>{item.quantity}</td>
            <td>{item.value ? formatMoney(item.value, language) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One parcel: where it went (the address of that day), what it held, what happened, and its packing list. */
export function ParcelPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const detail = useParcel(id);
  const remove = useParcelWrite('parcels:delete');
  const handle = useParcelWrite('parcels:markHandled');
  const packing = usePackingList();
  const [confirming, setConfirming] = useState(false);
  const back = <BackButton to={{ page: 'parcels' }} label={t('parcels.page.back')} />;
  const parcel = detail.data;
  if (!parcel) {
    return (
      <section className="page">
        {back}
        <h1 ref={heading} tabIndex={-1}>
          {t('parcels.title')}
        </h1>
        {detail.isPending ? (
          <p role="status">{t('parcels.loading')}</p>
        ) : (
          <ErrorAlert code={errorCodeOf(detail.error)} />
        )}
      </section>
    );
  }
  return (
    <section className="page page-wide">
      {back}
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {t('parcels.page.title', { name: parcel.prisonerName })}
        </h1>
        {parcel.needsAction && <span className="badge badge-warning">{t('parcels.needsAction')}</span>}
      </div>
      <div className="toolbar" role="group">
        <button type="button" className="button-secondary" onClick={() => navigate({ page: 'parcelEdit', id })}>
          {t('parcels.page.edit')}
        </button>
        <BusyButton
          busy={packing.isPending}
          busyLabel={t('parcels.loading')}
          className="button-secondary"
          onClick={() => packing.mutate(id)}
        >
          {t('parcels.page.printPacking')}
        </BusyButton>
        {parcel.issueReason !== null && (
          <BusyButton
            busy={handle.isPending}
            busyLabel={t('parcels.form.saving')}
            className="button-secondary"
            onClick={() => handle.mutate({ id, handled: parcel.needsAction })}
          >
            {parcel.needsAction ? t('parcels.page.markHandled') : t('parcels.page.markUnhandled')}
          </BusyButton>
        )}
        <button
          type="button"
          className="button-secondary"
          onClick={() => navigate({ page: 'prisoner', id: parcel.prisonerId })}
        >
          {t('parcels.page.prisonerLink')}
        </button>
        <button type="button" className="button-danger-quiet" onClick={() => setConfirming(true)}>
          {t('parcels.page.delete')}
        </button>
      </div>
      <ErrorAlert
        code={handle.isError ? errorCodeOf(handle.error) : packing.isError ? errorCodeOf(packing.error) : null}
      />
      {parcel.handledAt && (
        <p className="muted">
          {t('parcels.page.handled', { date: formatDateTime(parcel.handledAt, currentLanguage()) })}
        </p>
      )}
      <div className="detail-grid">
        <div className="detail-column">
          <section className="panel" aria-labelledby="parcel-address">
            <h2 id="parcel-address">{t('parcels.page.addressUsed')}</h2>
            {parcel.addressBlock ? (
              <div className="address-block" data-testid="parcel-address-block">
                {parcel.addressBlock.map((line, index) => (
                  <p key={index}>{line}</p>
                ))}
              </div>
            ) : (
              <p className="muted">{t('parcels.page.noAddress')}</p>
            )}
          </section>
        </div>
        <div className="detail-column">
          <section className="panel">
            <ParcelFacts parcel={parcel} />
            {parcel.notes && <p className="notes">{parcel.notes}</p>}
          </section>
        </div>
      </div>
      <section className="panel" aria-labelledby="parcel-contents">
        <h2 id="parcel-contents">{t('parcels.page.contents')}</h2>
        <ParcelContents parcel={parcel} />
      </section>
      <AttachmentsPanel owner={{ parcelId: id }} />
      {packing.data && (
        <section className="panel" aria-label={t('parcels.page.packingLabel')}>
          <RenderedDocument
            jobId={packing.data.jobId}
            pdfBase64={packing.data.pdfBase64}
            label={t('parcels.page.packingLabel')}
          />
        </section>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('parcels.page.deleteTitle')}
          body={t('parcels.page.deleteText')}
          confirmLabel={t('parcels.page.deleteConfirm')}
          busyLabel={t('parcels.form.saving')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id }, { onSuccess: () => navigate({ page: 'parcels' }) })}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
