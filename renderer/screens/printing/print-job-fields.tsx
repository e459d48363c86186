import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { envelopeFormatById, windowsForFormat, type EnvelopeWindow } from '../../../shared/printing/envelopes';
import { envelopeFormatIds, type LabelSheetData, type printJob } from '../../../shared/printing/printing.schemas';
import { useSettings } from '../../api/settings.queries';
import { useMembers } from '../../api/registry.queries';
import { SheetDrawing } from './sheet-drawing';
import { StartPositionPicker } from './start-position-picker';

export type PrintJobInput = z.input<typeof printJob>;
type LabelsJobInput = Extract<PrintJobInput, { kind: 'labels' }>;
type EnvelopesJobInput = Extract<PrintJobInput, { kind: 'envelopes' }>;

export const defaultLabelsJob = (sheetId: string): LabelsJobInput => ({
  kind: 'labels',
  sheetId,
  startRow: 1,
  startColumn: 1,
  copies: 1,
  outlines: false,
});
/** No sender given: the vault then sends from the group's address when it has one (the form shows which). */
export const defaultEnvelopesJob: EnvelopesJobInput = {
  kind: 'envelopes',
  format: 'DL',
  window: 'none',
  senderPlacement: 'front',
};

interface PrintJobFieldsProps {
  job: PrintJobInput;
  onChange: (job: PrintJobInput) => void;
  catalogue: LabelSheetData[];
  custom: LabelSheetData[];
}

/** Labels (which sheet, where to start, copies, outlines) or envelopes (format, window, sender and where it goes). */
export function PrintJobFields({ job, onChange, catalogue, custom }: PrintJobFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const firstSheet = catalogue[0]?.id ?? 'L7160';
  return (
    <div className="print-what">
      <fieldset className="radio-row">
        <legend>{t('print.what.kind')}</legend>
        <label className="checkbox checkbox-inline">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={job.kind === 'labels'}
            onChange={() => onChange(defaultLabelsJob(firstSheet))}
          />
          {t('print.what.labels')}
        </label>
        <label className="checkbox checkbox-inline">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={job.kind === 'envelopes'}
            onChange={() => onChange(defaultEnvelopesJob)}
          />
          {t('print.what.envelopes')}
        </label>
      </fieldset>
      {job.kind === 'labels' ? (
        <LabelsFields job={job} onChange={onChange} catalogue={catalogue} custom={custom} />
      ) : (
        <EnvelopesFields job={job} onChange={onChange} />
      )}
    </div>
  );
}

function LabelsFields({
  job,
  onChange,
  catalogue,
  custom,
}: {
  job: LabelsJobInput;
  onChange: (job: LabelsJobInput) => void;
  catalogue: LabelSheetData[];
  custom: LabelSheetData[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const sheet = [...catalogue, ...custom].find((s) => s.id === job.sheetId);
  const option = (s: LabelSheetData) => (
    <option key={s.id} value={s.id}>
      {s.name} ·{' '}
      {t('print.labels.sheetSize', {
        columns: s.columns,
        rows: s.rows,
        width: s.labelWidthMm,
        height: s.labelHeightMm,
      })}
    </option>
  );
  return (
    <div className="print-labels">
      <div className="print-labels-fields">
        <div className="field">
          <label htmlFor={`${id}-sheet`}>{t('print.labels.sheet')}</label>
          <select
            id={`${id}-sheet`}
            value={job.sheetId}
            onChange={(event) => onChange({ ...job, sheetId: event.target.value, startRow: 1, startColumn: 1 })}
          >
            <optgroup label={t('print.labels.catalogue')}>{catalogue.map(option)}</optgroup>
            {custom.length > 0 && <optgroup label={t('print.labels.custom')}>{custom.map(option)}</optgroup>}
          </select>
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${id}-copies`}>{t('print.labels.copies')}</label>
          <input
            id={`${id}-copies`}
            type="number"
            min={1}
            max={100}
            value={job.copies ?? 1}
            onChange={(event) =>
              onChange({ ...job, copies: Math.min(100, Math.max(1, Math.trunc(Number(event.target.value)) || 1)) })
            }
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={job.outlines ?? false}
            onChange={(event) => onChange({ ...job, outlines: event.target.checked })}
          />
          {t('print.labels.outlines')}
        </label>
      </div>
      {sheet && (
        <div className="print-labels-sheet">
          <StartPositionPicker
            sheet={sheet}
            row={job.startRow ?? 1}
            column={job.startColumn ?? 1}
            onChange={(startRow, startColumn) => onChange({ ...job, startRow, startColumn })}
          />
          <SheetDrawing
            sheet={sheet}
            label={t('print.labels.drawing', { name: sheet.name })}
            firstFree={((job.startRow ?? 1) - 1) * sheet.columns + (job.startColumn ?? 1) - 1}
          />
        </div>
      )}
    </div>
  );
}

/** The windows an envelope size is made with: the form offers only those. */
function windowsOf(formatId: string): EnvelopeWindow[] {
  const format = envelopeFormatById(formatId);
  return format ? windowsForFormat(format) : ['none'];
}

function EnvelopesFields({ job, onChange }: { job: EnvelopesJobInput; onChange: (job: EnvelopesJobInput) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const settings = useSettings();
  const members = useMembers();
  const groupSender = settings.data?.groupSender ?? null;
  const withAddress = (members.data ?? []).filter((m) => m.postal !== null && m.active);
  const sender = job.sender ?? (groupSender ? { kind: 'group' } : { kind: 'none' });
  const windows = windowsOf(job.format);
  const setFormat = (format: EnvelopesJobInput['format']) => {
    const allowed = windowsOf(format);
    // A window this size is not made with falls back to none, rather than a choice the printer would refuse.
    onChange({ ...job, format, window: allowed.includes(job.window ?? 'none') ? job.window : 'none' });
  };
  const senderValue = sender.kind === 'member' ? `member:${sender.memberId}` : sender.kind;
  const setSender = (value: string) =>
    onChange({
      ...job,
      sender: value.startsWith('member:')
        ? { kind: 'member', memberId: Number(value.slice(7)) }
        : value === 'group'
          ? { kind: 'group' }
          : { kind: 'none' },
    });
  return (
    <div className="print-envelopes">
      <div className="field">
        <label htmlFor={`${id}-format`}>{t('print.envelope.format')}</label>
        <select
          id={`${id}-format`}
          value={job.format}
          onChange={(event) => setFormat(event.target.value as EnvelopesJobInput['format'])}
        >
          {envelopeFormatIds.map((format) => (
            <option key={format} value={format}>
              {t(`print.envelope.formats.${format}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-window`}>{t('print.envelope.window')}</label>
        <select
          id={`${id}-window`}
          value={job.window ?? 'none'}
          aria-describedby={`${id}-window-help`}
          onChange={(event) => onChange({ ...job, window: event.target.value as EnvelopesJobInput['window'] })}
        >
          {windows.map((window) => (
            <option key={window} value={window}>
              {t(`print.envelope.windows.${window}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sender`}>{t('print.envelope.sender')}</label>
        <select id={`${id}-sender`} value={senderValue} onChange={(event) => setSender(event.target.value)}>
          <option value="none">{t('print.envelope.senderNone')}</option>
          <option value="group" disabled={groupSender === null}>
            {groupSender
              ? t('print.envelope.senderGroup', { name: groupSender.name })
              : t('print.envelope.senderGroupMissing')}
          </option>
          {withAddress.map((member) => (
            <option key={member.id} value={`member:${member.id}`}>
              {t('print.envelope.senderMember', { name: member.postal?.name ?? member.pseudonym })}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-window-help`} className="hint print-window-help">
        {t('print.envelope.windowHelp')}
      </p>
      {sender.kind !== 'none' && (
        <fieldset className="radio-row print-placement">
          <legend>{t('print.envelope.placement')}</legend>
          {(['front', 'back'] as const).map((placement) => (
            <label key={placement} className="checkbox checkbox-inline">
              <input
                type="radio"
                name={`${id}-placement`}
                checked={(job.senderPlacement ?? 'front') === placement}
                onChange={() => onChange({ ...job, senderPlacement: placement })}
              />
              {t(`print.envelope.${placement}`)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
