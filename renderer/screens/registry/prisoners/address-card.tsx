import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerDetail } from '../../../../shared/registry/prisoners.schemas';
import { useNavigate } from '../../../navigation/navigation-context';

/** The address block exactly as the vault composes it for printing, in a box that looks like the envelope. */
export function AddressCard({ detail }: { detail: PrisonerDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { addressBlock, current } = detail;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('prisoner.address.heading')}</h2>
      {addressBlock && current ? (
        <>
          <div className="address-block" data-testid="address-block">
            {addressBlock.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
          <p className="hint">{t('prisoner.address.derived')}</p>
          <button
            type="button"
            className="button-link"
            onClick={() => navigate({ page: 'facility', id: current.facilityId })}
          >
            {t('prisoner.address.rules', { name: current.facilityName })}
          </button>
        </>
      ) : (
        <p className="muted">{t('prisoner.address.none')}</p>
      )}
    </section>
  );
}
