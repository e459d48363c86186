import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostalAddress } from '../../../../shared/registry/facilities.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useFacility, useRegistryWrite } from '../../../api/registry.queries';
import { BackButton } from '../../../components/back-button';
import { BusyButton } from '../../../components/busy-button';
import { DeleteDialog } from '../../../components/delete-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { countryName } from '../../../countries';
import { useFocusOnMount } from '../../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';
import { MailRulesView } from './mail-rules-view';

function addressLines(address: PostalAddress, language: 'fr' | 'en'): string[] {
  const cityLine = [address.postcode, address.city].filter(Boolean).join(' ');
  // The box with its own postcode, when it has one: the street's postcode is another (a German Postfach).
  const boxLine =
    address.poBox && address.poBoxPostcode
      ? `${address.poBox} — ${address.poBoxPostcode} ${address.city}`
      : address.poBox;
  return [
    address.street,
    address.extra,
    boxLine,
    cityLine,
    address.region,
    countryName(address.country, language),
  ].filter((line): line is string => Boolean(line));
}

/** One facility: its address, its mail rules and who is held there now. */
export function FacilityPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const ids = useId();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const detail = useFacility(id);
  const archive = useRegistryWrite('facilities:archive');
  const [deleting, setDeleting] = useState(false);
  const language = currentLanguage();
  const back = <BackButton to={{ page: 'facilities' }} label={t('nav.facilities')} />;

  if (!detail.data) {
    return (
      <section className="page">
        {back}
        <h1 ref={heading} tabIndex={-1}>
          {t('facility.title')}
        </h1>
        {detail.isPending ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ErrorAlert code={errorCodeOf(detail.error)} />
        )}
      </section>
    );
  }
  const { facility, currentPrisoners } = detail.data;

  return (
    <section className="page page-wide">
      {back}
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {facility.name}
        </h1>
        <span className="muted">{t(`facilityKind.${facility.kind}`)}</span>
      </div>
      {facility.archived && <p className="alert alert-info">{t('facility.archivedBanner')}</p>}
      <div className="toolbar" role="group" aria-label={t('facility.actions')}>
        <button type="button" className="button-secondary" onClick={() => navigate({ page: 'facilityEdit', id })}>
          {t('facility.edit')}
        </button>
        <BusyButton
          busy={archive.isPending}
          busyLabel={t('common.saving')}
          className="button-secondary"
          onClick={() => archive.mutate({ id, archived: !facility.archived })}
        >
          {facility.archived ? t('common.unarchive') : t('common.archive')}
        </BusyButton>
        <button type="button" className="button-danger-quiet" onClick={() => setDeleting(true)}>
          {t('common.delete')}
        </button>
      </div>
      <ErrorAlert code={archive.isError ? errorCodeOf(archive.error) : null} />
      <div className="detail-grid">
        <div className="detail-column">
          <section className="panel" aria-labelledby={`${ids}-address`}>
            <h2 id={`${ids}-address`}>{t('facility.address')}</h2>
            <div className="address-lines">
              {addressLines(facility.address, language).map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </div>
            {facility.notes && <p className="notes">{facility.notes}</p>}
          </section>
          <section className="panel" aria-labelledby={`${ids}-current`}>
            <h2 id={`${ids}-current`}>{t('facility.currentPrisoners', { count: currentPrisoners.length })}</h2>
            {currentPrisoners.length === 0 ? (
              <p className="muted">{t('facility.nobody')}</p>
            ) : (
              <ul className="plain-list">
                {currentPrisoners.map((prisoner) => (
                  <li key={prisoner.id}>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => navigate({ page: 'prisoner', id: prisoner.id })}
                    >
                      {[prisoner.familyName, prisoner.givenNames].filter(Boolean).join(' ')}
                    </button>
                    {prisoner.prisonerNumber && <span className="muted"> · {prisoner.prisonerNumber}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="detail-column">
          <MailRulesView rules={facility.rules} />
        </div>
      </div>
      {deleting && (
        <DeleteDialog
          kind="facility"
          id={id}
          name={facility.name}
          onCancel={() => setDeleting(false)}
          onDeleted={() => navigate({ page: 'facilities' })}
        />
      )}
    </section>
  );
}
