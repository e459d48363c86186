import type { Handlers } from '../../../shared/contract';
import { CLIPBOARD_CLEAR_SECONDS } from '../../../shared/money/payments.schemas';
import type { AppContext } from '../app-context';

/**
 * Copies text for the window and empties the clipboard CLIPBOARD_CLEAR_SECONDS later, if it still holds that text:
 * something the user copied since is theirs and stays. The window itself may neither read nor write the clipboard
 * (every permission is refused, electron/main/hardening.ts), so the host does both.
 */
export function clipboardHandlers(ctx: AppContext): Pick<Handlers, 'clipboard:copy'> {
  let pending: ReturnType<typeof setTimeout> | null = null;
  return {
    'clipboard:copy': async ({ text }) => {
      const clipboard = ctx.clipboard;
      if (!clipboard) return { copied: false, clearAfterSeconds: 0 };
      await clipboard.writeText(text);
      // One timer: a second copy replaces the first, and its own text is the one compared when it fires.
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        void clipboard.readText().then(
          (held) => held === text && clipboard.clear(),
          // A clipboard that cannot be read is left alone: emptying it blindly could take what the user copied since.
          () => undefined,
        );
      }, CLIPBOARD_CLEAR_SECONDS * 1000);
      pending.unref?.();
      return { copied: true, clearAfterSeconds: CLIPBOARD_CLEAR_SECONDS };
    },
  };
}
