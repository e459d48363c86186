import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrisoner, useSearch } from '../../../api/registry.queries';

interface PrisonerSearchFieldProps {
  label: string;
  prisonerId: number | null;
  onChange: (prisonerId: number | null) => void;
}

/**
 * One prisoner among thousands, found by typing (the vault's search index: accents and case ignored) rather than
 * picked from a list of all of them. A combobox: arrows walk the hits, Enter chooses; once chosen, the name shows with
 * a button to remove it.
 */
export function PrisonerSearchField({ label, prisonerId, onChange }: PrisonerSearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useSearch(useDeferredValue(text));
  const chosen = usePrisoner(prisonerId ?? undefined);
  const hits = text.trim() ? (search.data?.hits ?? []).filter((hit) => hit.kind === 'prisoner') : [];
  const expanded = open && hits.length > 0;

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setText('');
    setOpen(false);
    onChange(hit.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      setText('');
      setOpen(false);
    }
  };

  if (prisonerId !== null) {
    const person = chosen.data?.prisoner;
    const name = person ? [person.familyName, person.givenNames].filter(Boolean).join(' ') : '…';
    return (
      <div className="field prisoner-search">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <span className="tag chosen-prisoner" aria-labelledby={`${id}-label`}>
          {name}
          <button
            type="button"
            className="tag-remove"
            aria-label={t('prisonerPicker.clear', { name })}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="field prisoner-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('prisonerPicker.placeholder')}
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
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" className="prisoner-search-hits" hidden={!expanded} aria-label={label}>
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${id}-hit-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            {hit.title}
            {hit.facilityName && <span className="muted"> · {hit.facilityName}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
