import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../../api/client-error';
import { usePrisoner, useRegistryWrite } from '../../../api/registry.queries';
import { BackButton } from '../../../components/back-button';
import { BusyButton } from '../../../components/busy-button';
import { DeleteDialog } from '../../../components/delete-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { hasRestoredDraft } from '../../../forms/form-drafts';
import { useFocusOnMount } from '../../../hooks/use-focus-on-mount';
import { useNavigate } from '../../../navigation/navigation-context';
import { LetterDialog } from '../../letters/letter-dialog';
import { PrisonerTimeline } from '../../letters/prisoner-timeline';
import { ReaddressDraftsNotice } from '../../letters/readdress-drafts-notice';
import { AddressCard } from './address-card';
import { CloseStayDialog } from './close-stay-dialog';
import { PrisonerFacts } from './prisoner-facts';
import { PrisonerTags } from './prisoner-tags';
import { StayDialog } from './stay-dialog';
import { StayTimeline } from './stay-timeline';
import { TransferDialog } from './transfer-dialog';
import { SendMoneyDialog } from '../../money/send-money-dialog';

type OpenDialog = 'letter' | 'transfer' | 'close' | 'stay' | 'delete' | 'money' | null;

/** One prisoner: who, where to write (or not to), where they have been, their tags, and what can be recorded. */
export function PrisonerPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const detail = usePrisoner(id);
  const archive = useRegistryWrite('prisoners:archive');
  const [dialog, setDialog] = useState<OpenDialog>(() =>
    hasRestoredDraft('stay', id) ? 'stay' : hasRestoredDraft('letter', id) ? 'letter' : null,
  );
  const back = <BackButton to={{ page: 'prisoners' }} label={t('nav.prisoners')} />;

  if (!detail.data) {
    return (
      <section className="page">
        {back}
        <h1 ref={heading} tabIndex={-1}>
          {t('prisoner.title')}
        </h1>
        {detail.isPending ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ErrorAlert code={errorCodeOf(detail.error)} />
        )}
      </section>
    );
  }
  const { prisoner, current } = detail.data;
  const name = [prisoner.familyName, prisoner.givenNames].filter(Boolean).join(' ');
  const close = () => setDialog(null);

  return (
    <section className="page page-wide">
      {back}
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {name}
        </h1>
        {prisoner.pronouns && <span className="muted">{prisoner.pronouns}</span>}
      </div>
      {prisoner.archived && <p className="alert alert-info">{t('prisoner.archivedBanner')}</p>}
      {prisoner.doNotWrite && (
        <div className="alert alert-danger do-not-write" data-testid="do-not-write">
          <strong>{t('prisoner.doNotWrite')}</strong>
          {prisoner.doNotWriteReason && <p>{prisoner.doNotWriteReason}</p>}
        </div>
      )}
      <div className="toolbar" role="group" aria-label={t('prisoner.actions')}>
        <button
          type="button"
          className="button-primary"
          title={t('letters.logTitle')}
          onClick={() => setDialog('letter')}
        >
          {t('letters.log')}
        </button>
        <button type="button" className="button-secondary" onClick={() => navigate({ page: 'prisonerEdit', id })}>
          {t('prisoner.edit')}
        </button>
        {current && (
          <>
            <button type="button" className="button-secondary" onClick={() => setDialog('transfer')}>
              {t('prisoner.recordTransfer')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setDialog('close')}>
              {t('prisoner.recordRelease')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button-secondary"
          onClick={() => navigate({ page: 'parcelNewFor', prisonerId: id })}
        >
          {t('parcels.newFor')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setDialog('money')}>
          {t('money.payments.send')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setDialog('stay')}>
          {current ? t('prisoner.addPastStay') : t('prisoner.addStay')}
        </button>
        <BusyButton
          busy={archive.isPending}
          busyLabel={t('common.saving')}
          className="button-secondary"
          onClick={() => archive.mutate({ id, archived: !prisoner.archived })}
        >
          {prisoner.archived ? t('common.unarchive') : t('common.archive')}
        </BusyButton>
        <button type="button" className="button-danger-quiet" onClick={() => setDialog('delete')}>
          {t('common.delete')}
        </button>
      </div>
      <ErrorAlert code={archive.isError ? errorCodeOf(archive.error) : null} />
      <ReaddressDraftsNotice detail={detail.data} />
      <div className="detail-grid">
        <div className="detail-column">
          <AddressCard detail={detail.data} />
          <PrisonerFacts prisoner={prisoner} />
          <PrisonerTags prisonerId={id} tags={detail.data.tags} />
        </div>
        <div className="detail-column">
          <PrisonerTimeline prisonerId={id} />
          <StayTimeline stays={detail.data.stays} />
        </div>
      </div>
      {dialog === 'letter' && <LetterDialog prisonerId={id} name={name} onClose={close} />}
      {dialog === 'transfer' && <TransferDialog prisonerId={id} onClose={close} />}
      {dialog === 'close' && <CloseStayDialog prisonerId={id} onClose={close} />}
      {dialog === 'stay' && <StayDialog prisonerId={id} onClose={close} />}
      {dialog === 'money' && <SendMoneyDialog prisonerId={id} onClose={close} />}
      {dialog === 'delete' && (
        <DeleteDialog
          kind="prisoner"
          id={id}
          name={name}
          onCancel={close}
          onDeleted={() => navigate({ page: 'prisoners' })}
        />
      )}
    </section>
  );
}
