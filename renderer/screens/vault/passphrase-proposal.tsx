import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposePassphrase } from '../../../shared/vault/passphrase-strength';
import type { Language } from '../../../shared/settings/settings.schemas';
import '../../styles/passphrase.css';

interface PassphraseProposalProps {
  /** The new passphrase as it is in its field: the proposal stays on screen only while it is that one. */
  current: string;
  /** Fills the new passphrase and its confirmation with the proposal. */
  onPropose: (passphrase: string) => void;
}

/**
 * "Generate a passphrase": six words from the diceware list of the interface's language, drawn with the Web Crypto
 * CSPRNG, shown large enough to be copied onto paper and filled into both fields. Once the field is edited the
 * proposal disappears, so the screen never shows a passphrase other than the one being chosen.
 */
export function PassphraseProposal({ current, onPropose }: PassphraseProposalProps) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const [proposed, setProposed] = useState<{ passphrase: string; language: Language } | null>(null);
  // Hidden too after a change of language, when the credit below would name the other list.
  const shown = proposed?.passphrase === current && proposed.language === language ? proposed.passphrase : null;

  const propose = () => {
    const passphrase = proposePassphrase(language);
    setProposed({ passphrase, language });
    onPropose(passphrase);
  };

  return (
    <div className="passphrase-proposal">
      <button type="button" className="button-quiet" onClick={propose}>
        {shown ? t('passphrase.generateAnother') : t('passphrase.generate')}
      </button>
      <div aria-live="polite">
        {shown && (
          <>
            <p className="recovery-label">{t('passphrase.proposedLabel')}</p>
            <p className="proposed-passphrase" lang={language} data-testid="proposed-passphrase">
              {shown}
            </p>
            <p className="hint">{t('passphrase.proposedAdvice')}</p>
            <p className="hint">{t('passphrase.credit')}</p>
          </>
        )}
      </div>
    </div>
  );
}
