import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Prisoner } from '../../../../shared/registry/prisoners.schemas';
import { languageName } from '../../../countries';
import { formatDate } from '../../../format';
import { currentLanguage } from '../../../i18n';

/** Who the person is, as the group knows them; empty facts are left out rather than shown as blanks. */
export function PrisonerFacts({ prisoner }: { prisoner: Prisoner }) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const facts: [string, string | null][] = [
    [t('prisoner.fields.status'), t(`prisonerStatus.${prisoner.status}`)],
    [t('prisoner.fields.knownAs'), prisoner.knownAs],
    [t('prisoner.fields.pronouns'), prisoner.pronouns],
    [t('prisoner.fields.dateOfBirth'), prisoner.dateOfBirth && formatDate(prisoner.dateOfBirth, language)],
    [
      t('prisoner.fields.languages'),
      prisoner.languages.length > 0 ? prisoner.languages.map((code) => languageName(code, language)).join(', ') : null,
    ],
    [t('prisoner.fields.expectedRelease'), prisoner.expectedRelease && formatDate(prisoner.expectedRelease, language)],
  ];
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('prisoner.identity')}</h2>
      <dl className="facts">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([label, value]) => (
            <div key={label} className="fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {prisoner.notes && (
        <>
          <h3>{t('prisoner.fields.notes')}</h3>
          <p className="notes">{prisoner.notes}</p>
        </>
      )}
    </section>
  );
}
