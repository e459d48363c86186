import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { tagInput, type Tag } from '../../../../shared/registry/tags.schemas';
import { useRegistryWrite } from '../../../api/registry.queries';
import { FormDialog } from '../../../components/form-dialog';
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
    <FormDialog
      title={tag ? t('tags.editTitle') : t('tags.newTitle')}
      save={save}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <TextField
        control={form.control}
        name="name"
        label={t('tags.name')}
        hint={t('tags.nameHint')}
        required
        autoFocus
      />
      <TextField control={form.control} name="description" type="textarea" label={t('tags.description')} />
    </FormDialog>
  );
}
