import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EveningInputIn } from '../../../shared/evenings/evenings.schemas';
import { BusyButton } from '../../components/busy-button';

interface EveningFieldsProps {
  initial: EveningInputIn;
  submitLabel: string;
  busy: boolean;
  onSubmit: (evening: EveningInputIn) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** An evening's date, place and notes; Enter in the date or place saves. */
export function EveningFields({ initial, submitLabel, busy, onSubmit, onCancel, autoFocus }: EveningFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [heldOn, setHeldOn] = useState(initial.heldOn);
  const [place, setPlace] = useState(initial.place ?? '');
  const [notes, setNotes] = useState(initial.notes ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ heldOn, place: place.trim() || null, notes: notes.trim() ? notes : null });
  };
  return (
    <form className="evening-fields" onSubmit={submit}>
      <div className="input-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('evenings.form.heldOn')}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={heldOn}
            autoFocus={autoFocus}
            onChange={(event) => setHeldOn(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('evenings.form.place')}</label>
          <input
            id={`${id}-place`}
            type="text"
            maxLength={200}
            value={place}
            aria-describedby={`${id}-place-hint`}
            onChange={(event) => setPlace(event.target.value)}
          />
          <p id={`${id}-place-hint`} className="hint">
            {t('evenings.form.placeHint')}
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('evenings.form.notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          maxLength={2000}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <div className="actions">
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('evenings.form.cancel')}
          </button>
        )}
        <BusyButton busy={busy} busyLabel={t('evenings.saving')} className="button-primary" type="submit">
          {submitLabel}
        </BusyButton>
      </div>
    </form>
  );
}
