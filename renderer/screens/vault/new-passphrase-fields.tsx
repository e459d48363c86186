import { useTranslation } from 'react-i18next';
import { PassphraseProposal } from './passphrase-proposal';
import type { PassphraseReason } from './passphrase-reason';
import { SecretField } from './secret-field';
import { StrengthMeter, type Assessment } from './strength-meter';

interface NewPassphraseFieldsProps {
  label: string;
  hint?: string;
  confirmLabel: string;
  passphrase: string;
  confirmation: string;
  onPassphraseChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  assessment: Assessment;
  /** Why the passphrase cannot be used yet, shown once the user has tried. */
  reason: PassphraseReason | null;
  attempted: boolean;
  autoFocus?: boolean;
}

/** A new passphrase, a proposed one to take instead, its strength, its confirmation and why it is refused. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const { attempted, reason } = props;
  return (
    <>
      <SecretField
        label={props.label}
        {...(props.hint ? { hint: props.hint } : {})}
        value={props.passphrase}
        onChange={props.onPassphraseChange}
        autoComplete="new-password"
        {...(props.autoFocus ? { autoFocus: true } : {})}
        invalid={attempted && (reason === 'reasonWeak' || reason === 'reasonTooShort')}
      />
      <PassphraseProposal
        current={props.passphrase}
        onPropose={(proposed) => {
          props.onPassphraseChange(proposed);
          props.onConfirmationChange(proposed);
        }}
      />
      <StrengthMeter assessment={props.assessment.shown} />
      <SecretField
        label={props.confirmLabel}
        value={props.confirmation}
        onChange={props.onConfirmationChange}
        autoComplete="new-password"
        invalid={attempted && reason === 'reasonMismatch'}
      />
      {attempted && reason && (
        <p role="alert" className="alert alert-error">
          {t(`firstRun.${reason}`)}
        </p>
      )}
    </>
  );
}
