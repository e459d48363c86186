import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagRef } from '../../../../shared/registry/tags.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite, useTags } from '../../../api/registry.queries';
import { BusyButton } from '../../../components/busy-button';
import { ErrorAlert } from '../../../components/error-alert';

/** The campaigns and tags of one prisoner: remove one, add an existing one, or create one here and add it. */
export function PrisonerTags({ prisonerId, tags }: { prisonerId: number; tags: TagRef[] }) {
  const { t } = useTranslation();
  const id = useId();
  const allTags = useTags();
  const setTags = useRegistryWrite('prisoners:setTags');
  const createTag = useRegistryWrite('tags:create');
  const [chosen, setChosen] = useState('');
  const [newName, setNewName] = useState('');
  const current = tags.map((tag) => tag.id);
  const available = (allTags.data ?? []).filter((tag) => !current.includes(tag.id));

  const save = (tagIds: number[]) => setTags.mutate({ prisonerId, tagIds });
  const addChosen = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) save([...current, Number(chosen)]);
    setChosen('');
  };
  const createAndAdd = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) return;
    createTag.mutate(
      { name },
      {
        onSuccess: (tag) => {
          setNewName('');
          save([...current, tag.id]);
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('prisoner.tags.heading')}</h2>
      {tags.length === 0 ? (
        <p className="muted">{t('prisoner.tags.none')}</p>
      ) : (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag.id} className="tag">
              {tag.name}
              <button
                type="button"
                className="tag-remove"
                aria-label={t('prisoner.tags.remove', { name: tag.name })}
                disabled={setTags.isPending}
                onClick={() => save(current.filter((tagId) => tagId !== tag.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <form className="input-row tag-form" onSubmit={addChosen}>
          <label htmlFor={`${id}-add`} className="visually-hidden">
            {t('prisoner.tags.addLabel')}
          </label>
          <select id={`${id}-add`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('prisoner.tags.choose')}</option>
            {available.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button-secondary" disabled={!chosen || setTags.isPending}>
            {t('prisoner.tags.add')}
          </button>
        </form>
      )}
      <form className="input-row tag-form" onSubmit={createAndAdd}>
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('prisoner.tags.newLabel')}
        </label>
        <input
          id={`${id}-new`}
          type="text"
          maxLength={80}
          autoComplete="off"
          placeholder={t('prisoner.tags.newPlaceholder')}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
        />
        <BusyButton
          type="submit"
          busy={createTag.isPending}
          busyLabel={t('common.saving')}
          className="button-secondary"
          disabled={!newName.trim()}
        >
          {t('prisoner.tags.create')}
        </BusyButton>
      </form>
      <ErrorAlert
        code={setTags.isError ? errorCodeOf(setTags.error) : createTag.isError ? errorCodeOf(createTag.error) : null}
      />
    </section>
  );
}
