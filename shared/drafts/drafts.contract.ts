import type { ChannelSpec } from '../contract';
import { empty } from '../common.schemas';
import type { draftsChannelNames } from './drafts.channels';
import { draftInput, keptDraft } from './drafts.schemas';

// A draft is the group's data: it lives inside the vault, so every channel needs it open.
export const draftsContract = {
  'drafts:save': { input: draftInput, output: empty, needs: 'unlocked' },
  'drafts:get': { input: empty, output: keptDraft, needs: 'unlocked' },
  'drafts:clear': { input: empty, output: empty, needs: 'unlocked' },
} as const satisfies Record<(typeof draftsChannelNames)[number], ChannelSpec>;
