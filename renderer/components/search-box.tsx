import { useDeferredValue, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../shared/registry/search.schemas';
import { useSearch } from '../api/registry.queries';
import { countryName } from '../countries';
import { currentLanguage } from '../i18n';
import { useNavigate } from '../navigation/navigation-context';

/**
 * The header search (Ctrl/Cmd+F or "/"): prisoners and facilities as you type, accents and case ignored by the
 * vault's index. A combobox: arrows walk the hits, Enter opens one, Escape clears.
 */
export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text);
  const search = useSearch(query);
  const hits = text.trim() && search.data ? search.data.hits : [];
  const expanded = open && text.trim().length > 0;
  const language = currentLanguage();

  const choose = (hit: SearchHit) => {
    setText('');
    setOpen(false);
    inputRef.current?.blur();
    navigate(hit.kind === 'prisoner' ? { page: 'prisoner', id: hit.id } : { page: 'facility', id: hit.id });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0)
        setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      setText('');
      setOpen(false);
    }
  };
  const describe = (hit: SearchHit) =>
    hit.kind === 'prisoner'
      ? [hit.prisonerNumber, hit.facilityName].filter(Boolean).join(' · ')
      : `${hit.city}, ${countryName(hit.country, language)}`;

  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={text}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-hit-${active}` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!expanded}>
        <ul id={`${id}-list`} role="listbox" aria-label={t('search.results')}>
          {hits.map((hit, index) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`${id}-hit-${index}`}
              role="option"
              aria-selected={index === active}
              className="search-hit"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="search-hit-kind">{t(`search.kind.${hit.kind}`)}</span>
              <span className="search-hit-title">{hit.title}</span>
              <span className="search-hit-detail">{describe(hit)}</span>
            </li>
          ))}
        </ul>
        {search.isSuccess && hits.length === 0 && query === text && (
          <p className="search-empty" role="status">
            {t('search.none')}
          </p>
        )}
      </div>
    </div>
  );
}
