import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { tagInput, type Tag } from '../../../../shared/registry/tags.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite } from '../../../api/registry.queries';
import { BusyButton } from '../../../components/busy-button';
import { ErrorAlert } from '../../../components/error-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { TextField } from '../../../forms/text-field';
import { zodFormResolver } from '../../../forms/zod-form-resolver';

type TagValues = z.input<typeof tagInput>;

/** Creates a campaign or tag, or renames one (every prisoner carrying it follows). */
export function TagDialog({ tag, onClose }: { tag: Tag | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRegistryWrite('tags:create');
  const update = useRegistryWrite('tags:update');
  const save = tag ? update : create;
  const form = useForm<TagValues, unknown, z.output<typeof tagInput>>({
    resolver: zodFormResolver(tagInput),
    defaultValues: { name: tag?.name ?? '', description: tag?.description ?? '' },
  });
  const submit = form.handleSubmit((values) => {
    if (tag) update.mutate({ id: tag.id, tag: values }, { onSuccess: onClose });
    else create.mutate(values, { onSuccess: onClose });
  });
  return (
    <ModalDialog title={tag ? t('tags.editTitle') : t('tags.newTitle')} onClose={save.isPending ? undefined : onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField control={form.control} name="name" label={t('tags.name')} hint={t('tags.nameHint')} required autoFocus />
        <TextField control={form.control} name="description" type="textarea" label={t('tags.description')} />
        <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
        <div className="actions">
          <button type="button" className="button-secondary" disabled={save.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
            {t('common.save')}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
