import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityReportColumns, prisonerReportColumns, reportPresets } from '../../../shared/printing/printing.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useReport } from '../../api/printing.queries';
import type { PrisonerFilters } from '../../api/registry.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { UnencryptedFileDialog } from '../../components/unencrypted-file-dialog';
import { PrisonerFiltersBar } from '../registry/prisoners/prisoner-filters';
import { RenderedDocument } from './rendered-document';

type PrisonerColumn = (typeof prisonerReportColumns)[number];
type FacilityColumn = (typeof facilityReportColumns)[number];
type Preset = keyof typeof reportPresets;
/** Columns a seized printout should not carry without a reason. */
const sensitiveColumns: readonly PrisonerColumn[] = ['dateOfBirth', 'notes'];

/** Lists for meetings: prisoners (columns, "minimal" preset) or facilities with their mail rules; PDF or CSV. */
export function ReportsPanel() {
  const { t } = useTranslation();
  const id = useId();
  const [list, setList] = useState<'prisoners' | 'facilities'>('prisoners');
  const [filters, setFilters] = useState<PrisonerFilters>({
    statuses: [],
    tagIds: [],
    includeArchived: false,
    sort: 'name',
    direction: 'asc',
  });
  const [preset, setPreset] = useState<Preset>('minimal');
  const [prisonerColumns, setPrisonerColumns] = useState<PrisonerColumn[]>([...reportPresets.minimal]);
  const [facilityColumns, setFacilityColumns] = useState<FacilityColumn[]>([...facilityReportColumns]);
  const [includeArchived, setIncludeArchived] = useState(false);
  const pdf = useReport();
  const csv = useReport();
  const [askingCsv, setAskingCsv] = useState(false);

  const input = (format: 'pdf' | 'csv') =>
    list === 'prisoners'
      ? { list, format, preset, columns: prisonerColumns, filters }
      : { list, format, columns: facilityColumns, includeArchived };
  const columnsEmpty = list === 'prisoners' ? prisonerColumns.length === 0 : facilityColumns.length === 0;
  const rendered = pdf.data?.status === 'rendered' ? pdf.data : null;
  const written = csv.data?.status === 'written' ? csv.data : null;
  const closeCsv = () => {
    setAskingCsv(false);
    csv.reset();
  };
  const choosePreset = (next: Preset) => {
    setPreset(next);
    setPrisonerColumns([...reportPresets[next]]);
  };

  return (
    <section className="print-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('print.reports.heading')}</h2>
      <fieldset className="radio-row">
        <legend>{t('print.reports.list')}</legend>
        {(['prisoners', 'facilities'] as const).map((value) => (
          <label key={value} className="checkbox checkbox-inline">
            <input type="radio" name={`${id}-list`} checked={list === value} onChange={() => setList(value)} />
            {t(`print.reports.${value}`)}
          </label>
        ))}
      </fieldset>
      {list === 'prisoners' ? (
        <>
          <PrisonerFiltersBar filters={filters} onChange={setFilters} />
          <fieldset className="radio-row">
            <legend>{t('print.reports.preset')}</legend>
            {(['minimal', 'full'] as const).map((value) => (
              <label key={value} className="checkbox checkbox-inline">
                <input
                  type="radio"
                  name={`${id}-preset`}
                  checked={preset === value}
                  onChange={() => choosePreset(value)}
                />
                {t(`print.reports.presets.${value}`)}
              </label>
            ))}
          </fieldset>
          <ColumnChoices
            legend={t('print.reports.columnsLegend')}
            all={prisonerReportColumns}
            chosen={prisonerColumns}
            onChange={setPrisonerColumns}
            labelOf={(c) => t(`print.reports.prisonerColumns.${c}`)}
          />
          {prisonerColumns.some((c) => sensitiveColumns.includes(c)) && (
            <p className="alert alert-warning">{t('print.reports.sensitive')}</p>
          )}
        </>
      ) : (
        <>
          <ColumnChoices
            legend={t('print.reports.columnsLegend')}
            all={facilityReportColumns}
            chosen={facilityColumns}
            onChange={setFacilityColumns}
            labelOf={(c) => t(`print.reports.facilityColumns.${c}`)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.target.checked)}
            />
            {t('print.reports.includeArchived')}
          </label>
        </>
      )}
      <div className="toolbar">
        <BusyButton
          busy={pdf.isPending}
          busyLabel={t('print.preview.busy')}
          disabled={columnsEmpty}
          onClick={() => pdf.mutate(input('pdf'))}
        >
          {t('print.reports.preview')}
        </BusyButton>
        <button type="button" className="button-secondary" disabled={columnsEmpty} onClick={() => setAskingCsv(true)}>
          {t('print.reports.csv')}
        </button>
      </div>
      <ErrorAlert code={pdf.isError ? errorCodeOf(pdf.error) : null} />
      {rendered && (
        <>
          <p className="muted" role="status">
            {t('print.reports.rows', { count: rendered.rows })}
          </p>
          <RenderedDocument jobId={rendered.jobId} pdfBase64={rendered.pdfBase64} label={t('print.reports.heading')} />
        </>
      )}
      {askingCsv && (
        <UnencryptedFileDialog
          title={t('print.reports.csvTitle')}
          warning={t('print.reports.csvWarning')}
          advice={t('export.advice')}
          confirm={t('export.confirm')}
          busyLabel={t('export.busy')}
          busy={csv.isPending}
          written={written ? t('print.reports.csvWritten', { file: written.fileName }) : null}
          error={csv.isError ? errorCodeOf(csv.error) : null}
          onConfirm={() =>
            csv.mutate(input('csv'), { onSuccess: (result) => result.status === 'cancelled' && closeCsv() })
          }
          onClose={closeCsv}
        />
      )}
    </section>
  );
}

interface ColumnChoicesProps<C extends string> {
  legend: string;
  all: readonly C[];
  chosen: C[];
  onChange: (columns: C[]) => void;
  labelOf: (column: C) => string;
}

/** Checkboxes in the report's column order; the order printed is always that one. */
function ColumnChoices<C extends string>({ legend, all, chosen, onChange, labelOf }: ColumnChoicesProps<C>) {
  return (
    <fieldset className="column-choices">
      <legend>{legend}</legend>
      {all.map((column) => (
        <label key={column} className="checkbox checkbox-inline">
          <input
            type="checkbox"
            checked={chosen.includes(column)}
            onChange={(event) =>
              onChange(all.filter((c) => (c === column ? event.target.checked : chosen.includes(c))))
            }
          />
          {labelOf(column)}
        </label>
      ))}
    </fieldset>
  );
}
