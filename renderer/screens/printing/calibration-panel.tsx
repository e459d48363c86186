import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { calibration, papers, type Paper } from '../../../shared/printing/printing.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useCalibrationPage } from '../../api/printing.queries';
import { useSaveSettings, useSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { SaveOutcome } from '../../components/save-outcome';
import { ErrorAlert } from '../../components/error-alert';
import { RenderedDocument } from './rendered-document';

/** Printer offsets per paper, in mm, kept in the vault; and the page with rulers to measure them. */
export function CalibrationPanel() {
  const { t } = useTranslation();
  const settings = useSettings();
  // Held here, not in the form: saving changes the form's key (it remounts on the saved values) and the form's own
  // mutation, with its "saved" confirmation, would go with it.
  const save = useSaveSettings();
  const [paper, setPaper] = useState<Paper>('A4');
  const saved = settings.data?.calibrations[paper] ?? { xMm: 0, yMm: 0 };
  const choosePaper = (next: Paper) => {
    save.reset();
    setPaper(next);
  };
  return (
    <section className="print-step" aria-labelledby="calibration-heading">
      <h2 id="calibration-heading">{t('print.calibration.heading')}</h2>
      <p className="muted">{t('print.calibration.intro')}</p>
      <PaperSelect paper={paper} onChange={choosePaper} />
      <OffsetsForm
        key={`${paper}:${saved.xMm}:${saved.yMm}`}
        paper={paper}
        xMm={saved.xMm}
        yMm={saved.yMm}
        save={save}
      />
      <CalibrationPage key={paper} paper={paper} />
    </section>
  );
}

function PaperSelect({ paper, onChange }: { paper: Paper; onChange: (paper: Paper) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('print.calibration.paper')}</label>
      <select id={id} value={paper} onChange={(event) => onChange(event.target.value as Paper)}>
        {papers.map((p) => (
          <option key={p} value={p}>
            {t(`print.calibration.papers.${p}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function OffsetsForm({
  paper,
  xMm,
  yMm,
  save,
}: {
  paper: Paper;
  xMm: number;
  yMm: number;
  save: ReturnType<typeof useSaveSettings>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [x, setX] = useState(String(xMm));
  const [y, setY] = useState(String(yMm));
  const parsed = calibration.safeParse({ xMm: Number(x.replace(',', '.')), yMm: Number(y.replace(',', '.')) });
  const invalid = !parsed.success || x.trim() === '' || y.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (parsed.success && !invalid) save.mutate({ calibrations: { [paper]: parsed.data } });
  };
  const offset = (axis: 'x' | 'y', value: string, set: (v: string) => void) => (
    <div className="field field-narrow">
      <label htmlFor={`${id}-${axis}`}>{t(`print.calibration.${axis}`)}</label>
      <input
        id={`${id}-${axis}`}
        type="number"
        step={0.1}
        min={-20}
        max={20}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-${axis}-hint`}
        onChange={(event) => set(event.target.value)}
      />
      <p id={`${id}-${axis}-hint`} className="hint">
        {t(`print.calibration.${axis}Hint`)}
      </p>
    </div>
  );
  return (
    <form onSubmit={submit} noValidate className="calibration-form">
      <div className="field-row">
        {offset('x', x, setX)}
        {offset('y', y, setY)}
      </div>
      {invalid && (
        <p role="alert" className="field-error">
          {t('print.calibration.range')}
        </p>
      )}
      <BusyButton
        type="submit"
        busy={save.isPending}
        busyLabel={t('common.saving')}
        className="button-secondary"
        disabled={invalid}
      >
        {t('common.save')}
      </BusyButton>
      <SaveOutcome save={save} />
    </form>
  );
}

function CalibrationPage({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const page = useCalibrationPage();
  return (
    <div className="calibration-page">
      <BusyButton
        busy={page.isPending}
        busyLabel={t('print.calibration.pageBusy')}
        className="button-secondary"
        onClick={() => page.mutate({ paper })}
      >
        {t('print.calibration.page')}
      </BusyButton>
      <ErrorAlert code={page.isError ? errorCodeOf(page.error) : null} />
      {page.data && (
        <RenderedDocument
          key={page.data.jobId}
          jobId={page.data.jobId}
          pdfBase64={page.data.pdfBase64}
          label={t('print.calibration.previewLabel')}
        />
      )}
    </div>
  );
}
