import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterDetail } from '../../../shared/letters/letters.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useLetterWrite } from '../../api/letters.queries';
import { useTags } from '../../api/registry.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { MayNotHaveArrived } from './may-not-have-arrived';

/** The letter's campaigns and tags (the registry's own), saved with the letter: remove one, add an existing one. */
export function LetterTagsField({ tagIds, onChange }: { tagIds: number[]; onChange: (tagIds: number[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const tags = useTags();
  const all = tags.data ?? [];
  const chosen = all.filter((tag) => tagIds.includes(tag.id));
  const available = all.filter((tag) => !tagIds.includes(tag.id));
  return (
    <fieldset className="letter-tags">
      <legend>{t('letters.tags')}</legend>
      {chosen.length === 0 ? (
        <p className="muted">{t('letters.noTags')}</p>
      ) : (
        <ul className="tag-list">
          {chosen.map((tag) => (
            <li key={tag.id} className="tag">
              {tag.name}
              <button
                type="button"
                className="tag-remove"
                aria-label={t('letters.removeTag', { name: tag.name })}
                onClick={() => onChange(tagIds.filter((tagId) => tagId !== tag.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <div className="input-row">
          <label htmlFor={id} className="visually-hidden">
            {t('letters.addTag')}
          </label>
          <select
            id={id}
            value=""
            onChange={(event) => event.target.value && onChange([...tagIds, Number(event.target.value)])}
          >
            <option value="">{t('letters.chooseTag')}</option>
            {available.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}

/** Where the letter went (the block as composed that day) and whether it may not have got there. */
export function SavedLetterFacts({ letter }: { letter: LetterDetail }) {
  const { t } = useTranslation();
  if (!letter.addressBlock && !letter.mayNotHaveArrived) return null;
  return (
    <div className="letter-facts">
      {letter.mayNotHaveArrived && (
        <p>
          <MayNotHaveArrived /> <span className="muted">{t('letters.mayNotHaveArrivedWhy')}</span>
        </p>
      )}
      {letter.addressBlock && (
        <details>
          <summary>{t('letters.addressUsed')}</summary>
          <pre className="address-block">{letter.addressBlock.join('\n')}</pre>
        </details>
      )}
    </div>
  );
}

/**
 * A returned or withheld letter needs action until someone says what was done: marked handled here, it leaves the
 * dashboard's count and the "needs action" filter.
 */
export function HandledSection({ letter }: { letter: LetterDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const markHandled = useLetterWrite('letters:markHandled');
  const [actionTaken, setActionTaken] = useState(letter.actionTaken ?? '');
  if (letter.handledAt !== null)
    return (
      <p className="alert alert-success" role="status">
        {t('letters.handledOn', { date: formatDate(letter.handledAt.slice(0, 10), currentLanguage()) })}
        {letter.actionTaken && ` · ${letter.actionTaken}`}
      </p>
    );
  if (!letter.needsAction) return null;
  return (
    <section className="handled-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('letters.markHandledTitle')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('letters.fields.actionTaken')}</label>
        <input
          id={id}
          type="text"
          maxLength={1000}
          value={actionTaken}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setActionTaken(event.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          {t('letters.markHandledHint')}
        </p>
      </div>
      <BusyButton
        className="button-secondary"
        busy={markHandled.isPending}
        busyLabel={t('common.saving')}
        onClick={() => markHandled.mutate({ id: letter.id, actionTaken })}
      >
        {t('letters.markHandled')}
      </BusyButton>
      <ErrorAlert code={markHandled.isError ? errorCodeOf(markHandled.error) : null} />
    </section>
  );
}
