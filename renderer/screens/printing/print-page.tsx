import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { CalibrationPanel } from './calibration-panel';
import { MailPanel } from './mail-panel';
import { ReportsPanel } from './reports-panel';
import { TemplatesPanel } from './templates-panel';

const tabs = ['mail', 'reports', 'templates', 'calibration'] as const;
type Tab = (typeof tabs)[number];

/**
 * The Print section: envelopes and labels, meeting lists, custom label sheets, printer calibration. Opened from the
 * prisoner list's selection, it prints for those prisoners; from a writing evening, for its letters.
 */
export function PrintPage({ prisonerIds, eveningId }: { prisonerIds?: number[]; eveningId?: number }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [tab, setTab] = useState<Tab>('mail');
  return (
    <section className="page page-wide">
      <h1 ref={heading} tabIndex={-1}>
        {t('nav.print')}
      </h1>
      <div className="segmented" role="group" aria-label={t('print.tabs.label')}>
        {tabs.map((id) => (
          <button key={id} type="button" aria-pressed={tab === id} onClick={() => setTab(id)}>
            {t(`print.tabs.${id}`)}
          </button>
        ))}
      </div>
      {/* Another selection from the list starts the panel afresh. */}
      {tab === 'mail' && (
        <MailPanel
          key={`${prisonerIds?.join(',') ?? ''}:${eveningId ?? ''}`}
          prisonerIds={prisonerIds}
          eveningId={eveningId}
        />
      )}
      {tab === 'reports' && <ReportsPanel />}
      {tab === 'templates' && <TemplatesPanel />}
      {tab === 'calibration' && <CalibrationPanel />}
    </section>
  );
}
