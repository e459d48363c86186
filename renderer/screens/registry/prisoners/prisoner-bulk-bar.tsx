import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite, useTags } from '../../../api/registry.queries';
import { ErrorAlert } from '../../../components/error-alert';
import { formatCount } from '../../../format';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';
import { ExportButton } from '../../import-export/export-button';

interface BulkBarProps {
  selected: readonly number[];
  /** How many prisoners the filters give, loaded or not. */
  total: number;
  allSelected: boolean;
  onSelectAll: () => void;
  onClear: () => void;
}

/** What the last tag action did, to say so and to undo it: the opposite action on exactly those prisoners. */
interface Done {
  action: 'add' | 'remove';
  tag: string;
  tagId: number;
  changed: number[];
  undone: boolean;
}

/**
 * What can be done to the ticked prisoners at once: put a tag on them or take it off (one transaction each, with an
 * undo), print their labels or envelopes, export them.
 */
export function PrisonerBulkBar({ selected, total, allSelected, onSelectAll, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const tags = useTags();
  const bulkTag = useRegistryWrite('prisoners:bulkTag');
  const [tagId, setTagId] = useState<number | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const language = currentLanguage();
  const tagName = (tags.data ?? []).find((tag) => tag.id === tagId)?.name ?? '';

  const apply = (action: Done['action']) => {
    if (tagId === null) return;
    const tag = tagName;
    bulkTag.mutate(
      { prisonerIds: [...selected], tagId, action },
      { onSuccess: ({ changed }) => setDone({ action, tag, tagId, changed, undone: false }) },
    );
  };
  const undo = () => {
    if (!done) return;
    bulkTag.mutate(
      { prisonerIds: done.changed, tagId: done.tagId, action: done.action === 'add' ? 'remove' : 'add' },
      { onSuccess: () => setDone({ ...done, undone: true }) },
    );
  };

  return (
    <section className="bulk-bar" aria-label={t('prisoners.selection.actions')}>
      <div className="bulk-row">
        <p className="bulk-count" role="status">
          {t('prisoners.selection.count', {
            count: selected.length,
            formatted: formatCount(selected.length, language),
          })}
        </p>
        {!allSelected && (
          <button type="button" className="button-link" onClick={onSelectAll}>
            {t('prisoners.selection.selectAll', { count: total, formatted: formatCount(total, language) })}
          </button>
        )}
        <button type="button" className="button-link" onClick={onClear}>
          {t('prisoners.selection.clear')}
        </button>
      </div>
      <div className="bulk-row">
        <div className="field bulk-tag">
          <label htmlFor={`${id}-tag`}>{t('prisoners.selection.tag')}</label>
          <select
            id={`${id}-tag`}
            value={tagId ?? ''}
            onChange={(event) => setTagId(event.target.value ? Number(event.target.value) : null)}
          >
            <option value="">{t('prisoners.selection.chooseTag')}</option>
            {(tags.data ?? []).map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button-secondary"
          disabled={tagId === null || bulkTag.isPending}
          onClick={() => apply('add')}
        >
          {t('prisoners.selection.addTag')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={tagId === null || bulkTag.isPending}
          onClick={() => apply('remove')}
        >
          {t('prisoners.selection.removeTag')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => navigate({ page: 'printFor', prisonerIds: [...selected] })}
        >
          {t('prisoners.selection.print')}
        </button>
        <ExportButton input={{ list: 'prisoners', filters: { prisonerIds: [...selected] } }} />
      </div>
      {done && (
        <p className="alert alert-success bulk-done" role="status">
          {done.undone
            ? t('prisoners.selection.undone')
            : t(done.action === 'add' ? 'prisoners.selection.added' : 'prisoners.selection.removed', {
                count: done.changed.length,
                tag: done.tag,
              })}
          {!done.undone && done.changed.length > 0 && (
            <button type="button" className="button-link" disabled={bulkTag.isPending} onClick={undo}>
              {t('prisoners.selection.undo')}
            </button>
          )}
        </p>
      )}
      <ErrorAlert code={bulkTag.isError ? errorCodeOf(bulkTag.error) : null} />
    </section>
  );
}
