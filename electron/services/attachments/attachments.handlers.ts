import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { attachmentsChannelNames } from '../../../shared/attachments/attachments.channels';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../../db/vault/atomic-file';
import {
  attachmentContent,
  deleteAttachment,
  insertAttachment,
  listAttachments,
  requireOwner,
} from '../../../db/attachments/attachments.queries';
import type { AppContext } from '../app-context';
import { lockWins } from '../import-export/lock-wins';
import { readChosenFile } from './read-chosen-file';
import { sanitizeInWorker } from './attachment-worker-runner';

type Names = (typeof attachmentsChannelNames)[number];

export function attachmentsHandlers(ctx: AppContext): Pick<Handlers, Names> {
  return {
    'attachments:add': async (owner) => {
      // The signal of this unlock: a lock while the dialog is open or the file is cleaned keeps nothing.
      const lockSignal = ctx.vault.lockSignal;
      // Before the dialog: nobody should choose a file for a letter that is gone.
      await requireOwner(ctx.vault.db, owner);
      const file = ctx.dialogs.chooseAttachmentFile ? await ctx.dialogs.chooseAttachmentFile() : null;
      if (!file) return { status: 'cancelled' };
      const clean = await sanitizeInWorker(readChosenFile(file), path.basename(file), lockSignal);
      // Locked and unlocked again while the file was cleaned: this call belongs to the session that ended.
      if (lockSignal.aborted) throw new AppError('VAULT_LOCKED', 'The vault was locked');
      const id = await lockWins(lockSignal, () =>
        insertAttachment(ctx.vault.db, owner, {
          fileName: clean.fileName,
          mediaType: clean.mediaType,
          bytes: clean.bytes,
          thumbnail: clean.thumbnail,
          width: clean.width,
          height: clean.height,
          pageCount: clean.pageCount,
        }),
      );
      const attachment = (await listAttachments(ctx.vault.db, owner)).find((row) => row.id === id);
      if (!attachment) throw new AppError('NOT_FOUND', 'Attachment not found');
      return { status: 'added', attachment };
    },

    'attachments:list': async (owner) => ({ attachments: await listAttachments(ctx.vault.db, owner) }),

    'attachments:preview': async ({ id }) => {
      const { fileName, mediaType, content } = await attachmentContent(ctx.vault.db, id);
      return { fileName, mediaType, base64: Buffer.from(content).toString('base64') };
    },

    'attachments:saveAs': async ({ id }) => {
      const { fileName, content } = await attachmentContent(ctx.vault.db, id);
      const file = ctx.dialogs.chooseAttachmentSaveFile ? await ctx.dialogs.chooseAttachmentSaveFile(fileName) : null;
      if (!file) return { status: 'cancelled' };
      try {
        writeFileAtomic(file, content);
      } catch (error) {
        throw new AppError('WRITE_FAILED', 'The attachment could not be written', { cause: error });
      }
      return { status: 'written', fileName: path.basename(file) };
    },

    'attachments:delete': async ({ id }) => {
      await deleteAttachment(ctx.vault.db, id);
      return {};
    },
  };
}
