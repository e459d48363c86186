import type { Handlers } from '../../../shared/contract';
import type { draftsChannelNames } from '../../../shared/drafts/drafts.channels';
import { draft } from '../../../shared/drafts/drafts.schemas';
import { clearDraft, getDraft, saveDraft } from '../../../db/drafts/drafts.queries';
import type { AppContext } from '../app-context';

type DraftsHandlers = Pick<Handlers, (typeof draftsChannelNames)[number]>;

export function draftsHandlers(ctx: AppContext): DraftsHandlers {
  return {
    'drafts:save': async (input) => {
      await saveDraft(ctx.vault.db, { ...input, savedAt: new Date().toISOString() });
      return {};
    },
    // A draft written by another version that no longer fits is dropped, not shown half right.
    'drafts:get': async () => {
      const parsed = draft.safeParse(await getDraft(ctx.vault.db));
      return { draft: parsed.success ? parsed.data : null };
    },
    'drafts:clear': async () => {
      await clearDraft(ctx.vault.db);
      return {};
    },
  };
}
