import { useTranslation } from 'react-i18next';
import type { PrisonerDetail } from '../../../shared/registry/prisoners.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useLetterWrite } from '../../api/letters.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';

/**
 * After a transfer (or a release), the drafts still addressed to the prison the person left: one action re-addresses
 * them all to the open stay, each with the block composed for it today. Shown on the prisoner page, so the offer
 * stays until it is taken, whoever recorded the transfer.
 */
export function ReaddressDraftsNotice({ detail }: { detail: PrisonerDetail }) {
  const { t } = useTranslation();
  const readdress = useLetterWrite('letters:readdressDrafts');
  const done = readdress.data;
  return (
    <>
      {done && (
        <p className="alert alert-success" role="status">
          {t('letters.readdress.done', { count: done.readdressed, facility: done.facilityName })}
        </p>
      )}
      {detail.draftsOnEndedStays.map((old) => (
        <div key={old.stayId} className="alert alert-warning readdress" data-testid="readdress-drafts">
          <p>{t('letters.readdress.notice', { count: old.count, facility: old.facilityName })}</p>
          {detail.current ? (
            <BusyButton
              className="button-secondary"
              busy={readdress.isPending}
              busyLabel={t('common.saving')}
              onClick={() => readdress.mutate({ prisonerId: detail.prisoner.id, fromStayId: old.stayId })}
            >
              {t('letters.readdress.action', { count: old.count, to: detail.current.facilityName })}
            </BusyButton>
          ) : (
            <p className="muted">{t('letters.readdress.noOpenStay')}</p>
          )}
        </div>
      ))}
      <ErrorAlert code={readdress.isError ? errorCodeOf(readdress.error) : null} />
    </>
  );
}
