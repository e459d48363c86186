import type { ChannelSpec } from '../contract';
import { empty, idInput } from '../common.schemas';
import type { attachmentsChannelNames } from './attachments.channels';
import {
  addedAttachment,
  attachmentList,
  attachmentOwner,
  attachmentPreview,
  savedAttachment,
} from './attachments.schemas';

// Attachments live inside the vault: every channel needs it open. The file to add and the place to save are chosen in
// the host's own dialogs, never named by the window.
export const attachmentsContract = {
  'attachments:add': { input: attachmentOwner, output: addedAttachment, needs: 'unlocked' },
  'attachments:list': { input: attachmentOwner, output: attachmentList, needs: 'unlocked' },
  'attachments:preview': { input: idInput, output: attachmentPreview, needs: 'unlocked' },
  'attachments:saveAs': { input: idInput, output: savedAttachment, needs: 'unlocked' },
  'attachments:delete': { input: idInput, output: empty, needs: 'unlocked' },
} as const satisfies Record<(typeof attachmentsChannelNames)[number], ChannelSpec>;
