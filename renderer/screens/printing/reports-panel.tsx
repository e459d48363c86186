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
import { LetterReportFields, letterReportInput, type LetterReportValues } from './letter-report-fields';
import {
  MoneyReportFields,
  defaultMoneyReportValues,
  isMoneyReportKind,
  moneyReportInput,
  moneyReportKinds,
  type MoneyReportKind,
  type MoneyReportValues,
} from './money-report-fields';
import { RenderedDocument } from './rendered-document';
import { addDays, localToday } from '../../../shared/today';

type PrisonerColumn = (typeof prisonerReportColumns)[number];
type FacilityColumn = (typeof facilityReportColumns)[number];
type Preset = keyof typeof reportPresets;
type List = 'prisoners' | 'facilities' | 'correspondence' | 'notWrittenTo' | MoneyReportKind;
const lists = ['prisoners', 'facilities', 'correspondence', 'notWrittenTo'] as const;
/** Columns a seized printout should not carry without a reason. */
const sensitiveColumns: readonly PrisonerColumn[] = ['dateOfBirth', 'notes'];

/**
 * Lists for meetings: prisoners (columns, "minimal" preset), facilities with their mail rules, the correspondence of a
 * period, or whom nobody has written to; PDF or CSV.
 */
export function ReportsPanel() {
  const { t } = useTranslation();
  const id = useId();
  const [list, setList] = useState<List>('prisoners');
  // The last 30 days by default: the month a meeting usually looks back on.
  const [letterValues, setLetterValues] = useState<LetterReportValues>(() => {
    const today = localToday();
    return { from: addDays(today, -30), to: today, days: '' };
  });
  const [moneyValues, setMoneyValues] = useState<MoneyReportValues>(defaultMoneyReportValues);
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

  const input = (format: 'pdf' | 'csv') => {
    if (list === 'prisoners') return { list, format, preset, columns: prisonerColumns, filters };
    if (list === 'facilities') return { list, format, columns: facilityColumns, includeArchived };
    if (isMoneyReportKind(list)) return moneyReportInput(list, moneyValues, format);
    return letterReportInput(list, letterValues, format);
  };
  // No column ticked, or a period or number of days that is not one.
  const cannotRun =
    (list === 'prisoners' && prisonerColumns.length === 0) ||
    (list === 'facilities' && facilityColumns.length === 0) ||
    input('pdf') === null;
  const run = (report: typeof pdf, format: 'pdf' | 'csv', options?: Parameters<typeof pdf.mutate>[1]) => {
    const request = input(format);
    if (request) report.mutate(request, options);
  };
  const rendered = pdf.data?.status === 'rendered' ? pdf.data : null;
  const written = csv.data?.status === 'written' ? csv.data : null;
  const closeCsv = () => {
    setAskingCsv(false);
    csv.reset();
  };
  // Another list: the preview of the last one would read as this one's.
  const chooseList = (next: List) => {
    setList(next);
    pdf.reset();
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
        {lists.map((value) => (
          <label key={value} className="checkbox checkbox-inline">
            <input type="radio" name={`${id}-list`} checked={list === value} onChange={() => chooseList(value)} />
            {t(`print.reports.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-row">
        <legend>{t('money.reports.moneyLegend')}</legend>
        {moneyReportKinds.map((value) => (
          <label key={value} className="checkbox checkbox-inline">
            <input type="radio" name={`${id}-list`} checked={list === value} onChange={() => chooseList(value)} />
            {t(`money.reports.kinds.${value}`)}
          </label>
        ))}
      </fieldset>
      {isMoneyReportKind(list) && <MoneyReportFields kind={list} values={moneyValues} onChange={setMoneyValues} />}
      {(list === 'correspondence' || list === 'notWrittenTo') && (
        <LetterReportFields list={list} values={letterValues} onChange={setLetterValues} />
      )}
      {list === 'prisoners' && (
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
      )}
      {list === 'facilities' && (
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
          disabled={cannotRun}
          onClick={() => run(pdf, 'pdf')}
        >
          {t('print.reports.preview')}
        </BusyButton>
        <button type="button" className="button-secondary" disabled={cannotRun} onClick={() => setAskingCsv(true)}>
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
          onConfirm={() => run(csv, 'csv', { onSuccess: (result) => result.status === 'cancelled' && closeCsv() })}
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
