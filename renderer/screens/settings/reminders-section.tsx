import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderDays } from '../../../shared/settings/settings.schemas';
import { useSaveSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { SaveOutcome } from '../../components/save-outcome';
import { SettingsSection } from './settings-section';

function DaysField({
  label,
  value,
  onChange,
  invalid,
  hintId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  hintId: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        step={1}
        className="input-short"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={hintId}
      />
    </div>
  );
}

const parseDays = (value: string) => reminderDays.safeParse(value.trim() === '' ? Number.NaN : Number(value));

/** The two waits the Home page counts with: no letter for N days, a reply expected within N days. */
export function RemindersSection({ noLetterDays, replyWindowDays }: { noLetterDays: number; replyWindowDays: number }) {
  const { t } = useTranslation();
  const hintId = useId();
  const save = useSaveSettings();
  const [noLetter, setNoLetter] = useState(String(noLetterDays));
  const [replyWindow, setReplyWindow] = useState(String(replyWindowDays));
  const [invalid, setInvalid] = useState<{ noLetter: boolean; replyWindow: boolean } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const a = parseDays(noLetter);
    const b = parseDays(replyWindow);
    if (a.success && b.success) {
      setInvalid(null);
      save.mutate({ noLetterDays: a.data, replyWindowDays: b.data });
    } else {
      setInvalid({ noLetter: !a.success, replyWindow: !b.success });
      save.reset();
    }
  };

  return (
    <SettingsSection heading={t('settings.reminders.heading')}>
      <form onSubmit={submit} noValidate>
        <DaysField
          label={t('settings.reminders.noLetter')}
          value={noLetter}
          onChange={setNoLetter}
          invalid={invalid?.noLetter ?? false}
          hintId={hintId}
        />
        <DaysField
          label={t('settings.reminders.replyWindow')}
          value={replyWindow}
          onChange={setReplyWindow}
          invalid={invalid?.replyWindow ?? false}
          hintId={hintId}
        />
        <p id={hintId} className="hint">
          {t('settings.reminders.hint')}
        </p>
        <div className="actions">
          <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')} className="button-secondary">
            {t('common.save')}
          </BusyButton>
        </div>
      </form>
      <SaveOutcome save={save} invalid={invalid ? t('settings.reminders.invalid') : undefined} />
    </SettingsSection>
  );
}
