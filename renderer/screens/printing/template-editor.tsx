import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { geometryProblems, labelTemplateInput, type LabelSheetData } from '../../../shared/printing/printing.schemas';
import { useTemplateWrite } from '../../api/printing.queries';
import { FormDialog } from '../../components/form-dialog';
import { FieldShell } from '../../forms/field-shell';
import { SheetDrawing, type SheetGeometry } from './sheet-drawing';

const geometryKeys = [
  'pageWidthMm',
  'pageHeightMm',
  'labelWidthMm',
  'labelHeightMm',
  'columns',
  'rows',
  'topMm',
  'leftMm',
  'pitchXMm',
  'pitchYMm',
] as const;
type GeometryKey = (typeof geometryKeys)[number];
type Draft = Record<GeometryKey | 'name', string>;

const blankA4: SheetGeometry = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  labelWidthMm: 63.5,
  labelHeightMm: 38.1,
  columns: 3,
  rows: 7,
  topMm: 15.15,
  leftMm: 7.25,
  pitchXMm: 66,
  pitchYMm: 38.1,
};
const fieldLabel = {
  pageWidthMm: 'pageWidth',
  pageHeightMm: 'pageHeight',
  labelWidthMm: 'labelWidth',
  labelHeightMm: 'labelHeight',
  columns: 'columns',
  rows: 'rows',
  topMm: 'top',
  leftMm: 'left',
  pitchXMm: 'pitchX',
  pitchYMm: 'pitchY',
} as const satisfies Record<GeometryKey, string>;
const problemKeys = ['pitchXMm', 'pitchYMm', 'columns', 'rows'] as const;
type ProblemKey = (typeof problemKeys)[number];
const isProblemKey = (key: string): key is ProblemKey => (problemKeys as readonly string[]).includes(key);
const groups: { legend: 'page' | 'label' | 'grid' | 'margins'; keys: GeometryKey[] }[] = [
  { legend: 'page', keys: ['pageWidthMm', 'pageHeightMm'] },
  { legend: 'label', keys: ['labelWidthMm', 'labelHeightMm'] },
  { legend: 'grid', keys: ['columns', 'rows'] },
  { legend: 'margins', keys: ['topMm', 'leftMm', 'pitchXMm', 'pitchYMm'] },
];

function draftOf(name: string, g: SheetGeometry): Draft {
  const draft = { name } as Draft;
  for (const key of geometryKeys) draft[key] = String(g[key]);
  return draft;
}

function numbersOf(draft: Draft): Record<GeometryKey, number> {
  const values = {} as Record<GeometryKey, number>;
  for (const key of geometryKeys)
    values[key] = draft[key].trim() === '' ? Number.NaN : Number(draft[key].replace(',', '.'));
  return values;
}

interface TemplateEditorProps {
  /** The template to edit, or null for a new one. */
  template: LabelSheetData | null;
  catalogue: LabelSheetData[];
  onClose: () => void;
}

/** A custom sheet measured with a ruler: page, label, grid, margins and pitch, checked and drawn as it is typed. */
export function TemplateEditor({ template, catalogue, onClose }: TemplateEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const create = useTemplateWrite('templates:create');
  const update = useTemplateWrite('templates:update');
  const save = template ? update : create;
  const [draft, setDraft] = useState<Draft>(draftOf(template?.name ?? '', template ?? blankA4));
  const [submitted, setSubmitted] = useState(false);
  const numbers = numbersOf(draft);
  const parsed = labelTemplateInput.safeParse({ name: draft.name, ...numbers });
  const numeric = geometryKeys.every((key) => Number.isFinite(numbers[key]) && numbers[key] >= 0);
  const problems = (numeric ? geometryProblems(numbers) : []).map((p) => p.path).filter(isProblemKey);
  const invalidKeys = new Set<string>(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));

  const startFrom = (sheetId: string) => {
    const sheet = catalogue.find((s) => s.id === sheetId);
    setDraft(draftOf(draft.name, sheet ?? blankA4));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success) return;
    if (template) update.mutate({ id: template.id, template: parsed.data }, { onSuccess: onClose });
    else create.mutate(parsed.data, { onSuccess: onClose });
  };
  const errorFor = (key: GeometryKey | 'name') =>
    submitted && invalidKeys.has(key) && !problems.some((p) => p === key) ? t('print.templates.invalid') : undefined;

  return (
    <FormDialog
      title={template ? t('print.templates.editTitle') : t('print.templates.newTitle')}
      save={save}
      onSubmit={submit}
      onClose={onClose}
      className="template-editor"
    >
      <div className="template-editor-fields">
        <FieldShell id={`${id}-name`} label={t('print.templates.name')} error={errorFor('name')}>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            maxLength={120}
            autoFocus
            aria-required
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </FieldShell>
        {!template && (
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('print.templates.startFrom')}</label>
            <select id={`${id}-from`} defaultValue="" onChange={(e) => startFrom(e.target.value)}>
              <option value="">{t('print.templates.startFromNone')}</option>
              {catalogue.map((sheet) => (
                <option key={sheet.id} value={sheet.id}>
                  {sheet.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {groups.map((group) => (
          <fieldset key={group.legend}>
            <legend>{t(`print.templates.${group.legend}`)}</legend>
            <div className="field-row">
              {group.keys.map((key) => (
                <FieldShell
                  key={key}
                  id={`${id}-${key}`}
                  label={t(`print.templates.${fieldLabel[key]}`)}
                  error={errorFor(key)}
                  className="field-narrow"
                >
                  <input
                    id={`${id}-${key}`}
                    type="number"
                    step={key === 'columns' || key === 'rows' ? 1 : 0.05}
                    min={0}
                    value={draft[key]}
                    aria-invalid={invalidKeys.has(key) || undefined}
                    onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                  />
                </FieldShell>
              ))}
            </div>
            {group.legend === 'margins' && <p className="hint">{t('print.templates.pitchHint')}</p>}
          </fieldset>
        ))}
      </div>
      <div className="template-editor-drawing">
        {numeric && problems.length === 0 && numbers.pageWidthMm > 0 && numbers.pageHeightMm > 0 && (
          <SheetDrawing sheet={numbers} label={t('print.templates.drawing')} width={180} />
        )}
        {problems.length > 0 && (
          // The alert role sits on a wrapper: on the <ul> itself it would replace the list role its items need.
          <div role="alert" className="alert alert-error">
            <ul className="plain-list">
              {problems.map((problem) => (
                <li key={problem}>{t(`print.templates.problem.${problem}`)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </FormDialog>
  );
}
