import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleWarning } from '../../../shared/letters/letter-rules.schemas';
import { letterChannels, letterDirections, letterIssueReasons } from '../../../shared/letters/letter-values';
import { localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import type { LetterDetail } from '../../../shared/letters/letters.schemas';
import { useLetter, useLetterWrite, useSaveLetter } from '../../api/letters.queries';
import { useMembers } from '../../api/registry.queries';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { FieldShell } from '../../forms/field-shell';
import { useValuesDraft } from '../../forms/use-values-draft';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { HandledSection, LetterTagsField, SavedLetterFacts } from './letter-edit-sections';
import {
  defaultLetterValues,
  isIssue,
  letterFormValuesOf,
  letterInputOf,
  statusesFor,
  type LetterFormValues,
} from './letter-form-values';
import { RuleWarnings } from './rule-warnings';

type Change = ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint}>
      {children(id)}
    </FieldShell>
  );
}

type LetterDialogProps = { onClose: () => void } & (
  { prisonerId: number; name: string } | { letterId: number; onDeleted?: (id: number) => void }
);

/** A new letter for a prisoner, or a saved one (from the Courrier list or the timeline) to edit, handle or delete. */
export function LetterDialog(props: LetterDialogProps) {
  if ('letterId' in props)
    return <EditLetterDialog letterId={props.letterId} onClose={props.onClose} onDeleted={props.onDeleted} />;
  return <LetterFormDialog prisonerId={props.prisonerId} name={props.name} saved={null} onClose={props.onClose} />;
}

/** Loads the letter, then its form; a delete asks first, in words, in place of the form. */
function EditLetterDialog({
  letterId,
  onClose,
  onDeleted,
}: {
  letterId: number;
  onClose: () => void;
  onDeleted?: (id: number) => void;
}) {
  const { t } = useTranslation();
  const letter = useLetter(letterId);
  const remove = useLetterWrite('letters:delete');
  const [confirming, setConfirming] = useState(false);
  const saved = letter.data;
  if (!saved)
    return (
      <ModalDialog title={t('letters.editTitleLoading')} onClose={onClose}>
        {letter.isPending && <p role="status">{t('common.loading')}</p>}
        <ErrorAlert code={letter.isError ? errorCodeOf(letter.error) : null} />
      </ModalDialog>
    );
  if (confirming)
    return (
      <ConfirmDialog
        title={t('letters.deleteTitle')}
        body={t('letters.deleteText', { date: formatDate(saved.datedOn, currentLanguage()), name: saved.prisonerName })}
        confirmLabel={t('letters.deleteConfirm')}
        busyLabel={t('common.saving')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { id: saved.id },
            {
              onSuccess: () => {
                onDeleted?.(saved.id);
                onClose();
              },
            },
          )
        }
        onCancel={() => setConfirming(false)}
      />
    );
  return (
    <LetterFormDialog
      prisonerId={saved.prisonerId}
      name={saved.prisonerName}
      saved={saved}
      onClose={onClose}
      onDelete={() => setConfirming(true)}
    />
  );
}

interface LetterFormDialogProps {
  prisonerId: number;
  name: string;
  /** The letter being edited; null for a new one. */
  saved: LetterDetail | null;
  onClose: () => void;
  onDelete?: () => void;
}

/**
 * Logging a letter from a prisoner's page, keyboard first: everything has a default (sent today by post, by the
 * group), so Enter alone saves. The facility's rules are checked by the vault; their warnings come back here, and
 * "save anyway" takes the focus so a second Enter saves with them. Editing shows the same form with the letter's
 * tags, where it went, what was done about it, and the delete.
 */
function LetterFormDialog({ prisonerId, name, saved, onClose, onDelete }: LetterFormDialogProps) {
  const { t } = useTranslation();
  const members = useMembers();
  const save = useSaveLetter();
  // A lock keeps the letter being typed as the vault's draft: a new one under its prisoner, an edit under its id.
  const [values, setValues] = useValuesDraft<LetterFormValues>(
    saved ? 'letterEdit' : 'letter',
    saved ? saved.id : prisonerId,
    () => (saved ? letterFormValuesOf(saved) : defaultLetterValues(localToday())),
  );
  // The action taken is written by "mark handled" once a letter is saved; the form then carries the saved one.
  const input = () => {
    const letter = letterInputOf(prisonerId, values, saved);
    return saved && isIssue(values.status) ? { ...letter, actionTaken: saved.actionTaken } : letter;
  };
  const [warnings, setWarnings] = useState<RuleWarning[] | null>(null);

  const change = (key: keyof LetterFormValues) => (event: Change) => {
    const value = event.target.value;
    setWarnings(null);
    setValues((old) => {
      const next = { ...old, [key]: value } as LetterFormValues;
      // A letter in is received; back out, a received letter becomes a sent one.
      if (key === 'direction') next.status = next.direction === 'in' ? 'received' : 'sent';
      return next;
    });
  };
  const submit = (acceptWarnings: boolean) =>
    save.mutate(
      { id: saved?.id ?? null, letter: input(), acceptWarnings },
      { onSuccess: (result) => (result.saved ? onClose() : setWarnings(result.warnings)) },
    );
  const number = (key: 'pages' | 'photos' | 'stamps') => (
    <Field label={t(`letters.fields.${key}`)}>
      {(id) => <input id={id} type="number" min={0} max={1000} value={values[key]} onChange={change(key)} />}
    </Field>
  );

  return (
    <ModalDialog
      title={t(saved ? 'letters.editTitle' : 'letters.dialogTitle', { name })}
      onClose={save.isPending ? undefined : onClose}
    >
      {saved && <SavedLetterFacts letter={saved} />}
      {saved && <HandledSection letter={saved} />}
      <form
        className="letter-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(warnings !== null);
        }}
      >
        <div className="field-pair">
          <Field label={t('letters.direction.label')}>
            {(id) => (
              <select id={id} value={values.direction} onChange={change('direction')} autoFocus>
                {letterDirections.map((d) => (
                  <option key={d} value={d}>
                    {t(`letters.direction.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.status.label')}>
            {(id) => (
              <select id={id} value={values.status} onChange={change('status')}>
                {statusesFor(values.direction).map((s) => (
                  <option key={s} value={s}>
                    {t(`letters.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.fields.date')}>
            {(id) => <input id={id} type="date" required value={values.date} onChange={change('date')} />}
          </Field>
          <Field label={t('letters.channel.label')}>
            {(id) => (
              <select id={id} value={values.channel} onChange={change('channel')}>
                {letterChannels.map((c) => (
                  <option key={c} value={c}>
                    {t(`letters.channel.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.fields.writer')}>
            {(id) => (
              <select id={id} value={values.writer} onChange={change('writer')}>
                <option value="">{t('letters.fields.group')}</option>
                {(members.data ?? []).map((m) => (
                  <option key={m.id} value={String(m.id)}>
                    {m.pseudonym}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.fields.language')}>
            {(id) => <input id={id} type="text" maxLength={3} value={values.language} onChange={change('language')} />}
          </Field>
        </div>
        <div className="field-row">
          {number('pages')}
          {number('photos')}
          {number('stamps')}
        </div>
        {isIssue(values.status) && (
          <div className="field-pair">
            <Field label={t('letters.reason.label')}>
              {(id) => (
                <select id={id} value={values.issueReason} onChange={change('issueReason')}>
                  {letterIssueReasons.map((r) => (
                    <option key={r} value={r}>
                      {t(`letters.reason.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {values.issueReason === 'other' && (
              <Field label={t('letters.fields.issueNote')}>
                {(id) => <input id={id} type="text" value={values.issueNote} onChange={change('issueNote')} />}
              </Field>
            )}
            {!saved && (
              <Field label={t('letters.fields.actionTaken')}>
                {(id) => <input id={id} type="text" value={values.actionTaken} onChange={change('actionTaken')} />}
              </Field>
            )}
          </div>
        )}
        <Field label={t('letters.fields.summary')} hint={t('letters.fields.summaryWhy')}>
          {(id) => (
            <textarea
              id={id}
              rows={2}
              maxLength={2000}
              value={values.summary}
              aria-describedby={`${id}-hint`}
              onChange={change('summary')}
            />
          )}
        </Field>
        <LetterTagsField tagIds={values.tagIds} onChange={(tagIds) => setValues({ ...values, tagIds })} />
        {warnings && <RuleWarnings warnings={warnings} />}
        <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
        <div className="actions">
          {onDelete && (
            <button type="button" className="button-danger-quiet actions-start" onClick={onDelete}>
              {t('letters.deleteLetter')}
            </button>
          )}
          <button type="button" className="button-secondary" disabled={save.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          {warnings && warnings.length > 0 ? (
            <button key="anyway" type="submit" className="button-danger" disabled={save.isPending} autoFocus>
              {save.isPending ? t('common.saving') : t('letters.saveAnyway')}
            </button>
          ) : (
            <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
              {t('common.save')}
            </BusyButton>
          )}
        </div>
      </form>
      {/* A scan of the letter, the returned envelope's stamp: kept at once, inside the vault, whatever the form above does. */}
      {saved && (
        <div className="letter-attachments">
          <AttachmentsPanel owner={{ letterId: saved.id }} />
        </div>
      )}
    </ModalDialog>
  );
}
