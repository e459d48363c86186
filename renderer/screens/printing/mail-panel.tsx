import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintSelectionInput } from '../../../shared/printing/printing.schemas';
import { errorCodeOf } from '../../api/client-error';
import { usePrintPlan, useRender, useSheets, type PrintRequestInput } from '../../api/printing.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { PrintChecks } from './print-checks';
import { defaultLabelsJob, PrintJobFields, type PrintJobInput } from './print-job-fields';
import { PrintSelectionFields } from './print-selection-fields';
import { RenderProgress } from './render-progress';
import { RenderedDocument } from './rendered-document';

const initialSelection: PrintSelectionInput = {
  tagIds: [],
  statuses: [],
  includeDoNotWrite: false,
  includeReleased: false,
  includeDeceased: false,
};

/** Envelopes and label sheets: who, on what, what to check, then the preview exactly as it prints. */
export function MailPanel({
  prisonerIds,
  eveningId,
}: {
  prisonerIds?: number[] | undefined;
  eveningId?: number | undefined;
}) {
  const { t } = useTranslation();
  const sheets = useSheets();
  const [selection, setSelection] = useState<PrintSelectionInput>(() =>
    eveningId !== undefined
      ? { ...initialSelection, eveningId }
      : prisonerIds
        ? { ...initialSelection, prisonerIds }
        : initialSelection,
  );
  const [job, setJob] = useState<PrintJobInput>(defaultLabelsJob('L7160'));
  const request: PrintRequestInput = useMemo(() => ({ selection, job }), [selection, job]);
  const plan = usePrintPlan(request);
  const render = useRender();
  const [token, setToken] = useState<string | null>(null);
  const [renderedFor, setRenderedFor] = useState<string | null>(null);
  const requestKey = JSON.stringify(request);

  const makePreview = () => {
    const next = crypto.randomUUID();
    setToken(next);
    render.mutate(
      { ...request, token: next },
      {
        onSuccess: () => setRenderedFor(requestKey),
        onSettled: () => setToken(null),
      },
    );
  };
  const rendered = render.data;
  const recipients = plan.data?.recipients ?? null;

  return (
    <div className="print-steps">
      <section className="print-step" aria-labelledby="print-who">
        <h2 id="print-who">{t('print.who.heading')}</h2>
        <p className="muted">{t(selection.eveningId !== undefined ? 'print.who.introEvening' : 'print.who.intro')}</p>
        <PrintSelectionFields
          selection={selection}
          onChange={setSelection}
          excluded={plan.data?.excluded ?? []}
          recipients={recipients}
        />
      </section>
      <section className="print-step" aria-labelledby="print-what">
        <h2 id="print-what">{t('print.what.heading')}</h2>
        {sheets.data && (
          <PrintJobFields job={job} onChange={setJob} catalogue={sheets.data.catalogue} custom={sheets.data.custom} />
        )}
      </section>
      <section className="print-step" aria-labelledby="print-check">
        <h2 id="print-check">{t('print.check.heading')}</h2>
        <ErrorAlert code={plan.isError ? errorCodeOf(plan.error) : null} />
        {plan.data && <PrintChecks plan={plan.data} kind={job.kind} />}
      </section>
      <section className="print-step" aria-labelledby="print-preview">
        <h2 id="print-preview">{t('print.preview.heading')}</h2>
        <p className="muted">{t('print.preview.intro')}</p>
        {recipients === 0 ? (
          <p>{t('print.preview.nothing')}</p>
        ) : (
          <BusyButton
            busy={render.isPending}
            busyLabel={t('print.preview.busy')}
            disabled={!plan.data}
            onClick={makePreview}
          >
            {rendered ? t('print.preview.remake') : t('print.preview.make')}
          </BusyButton>
        )}
        {render.isPending && token && <RenderProgress token={token} />}
        <ErrorAlert code={render.isError ? errorCodeOf(render.error) : null} />
        {rendered &&
          !render.isPending &&
          // A document made for other choices is never offered for printing or saving: it is remade and shown first.
          (renderedFor === requestKey ? (
            <RenderedDocument
              key={rendered.jobId}
              jobId={rendered.jobId}
              pdfBase64={rendered.pdfBase64}
              label={t('print.preview.label')}
            />
          ) : (
            <p className="alert alert-warning">{t('print.preview.stale')}</p>
          ))}
      </section>
    </div>
  );
}
