import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface SecretFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password' | 'off';
  autoFocus?: boolean;
  hint?: string;
  invalid?: boolean;
  monospace?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A passphrase or code field with a Show/Hide toggle, so a long passphrase can be checked before it is used. */
export function SecretField({
  label,
  value,
  onChange,
  autoComplete,
  autoFocus,
  hint,
  invalid,
  monospace,
  inputRef,
}: SecretFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [visible, setVisible] = useState(false);
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="secret-row">
        <input
          ref={inputRef}
          id={id}
          type={visible ? 'text' : 'password'}
          className={monospace ? 'monospace' : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={invalid || undefined}
          aria-describedby={hint ? hintId : undefined}
        />
        <button type="button" className="button-quiet" aria-controls={id} onClick={() => setVisible((shown) => !shown)}>
          {visible ? t('common.hideSecret') : t('common.showSecret')}
        </button>
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
