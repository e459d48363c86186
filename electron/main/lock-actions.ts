import { answerWithin } from '../../shared/answer-within';
import { WINDOW_ANSWER_MS, type WindowLockRequest } from '../../shared/vault/window-lock-requests';
import type { MenuActions } from './menu-template';

export type LockReason = 'menu' | 'panic' | 'idle' | 'suspend' | 'lock-screen';

export interface LockWiring {
  isUnlocked: () => boolean;
  /** Closes the vault and zeroes its key; a lock that closes it makes the vault emit 'locked', which reloads. */
  lock: (reason: LockReason) => Promise<void>;
  clearClipboard: () => void;
  reloadWindow: () => void;
  /** Sends the request to the window; true once the window answers, false when there is no window to ask. */
  askWindow: (request: WindowLockRequest) => Promise<boolean>;
  /** How long to wait for that answer (WINDOW_ANSWER_MS); tests shorten it. */
  answerMs?: number;
}

export interface LockActions extends MenuActions {
  /** The idle and power locks: the window saves its draft inside the vault (no question), then the vault locks. */
  lockSavingDraft: (reason: 'idle' | 'suspend' | 'lock-screen') => Promise<void>;
}

/**
 * Lock and panic lock, as the menu runs them, and the automatic locks. The menu's Lock is the window's own (it warns
 * about unsaved changes and may save them as a draft); panic asks nothing, has the window save its draft, empties
 * the clipboard (an address copied a minute ago must not survive the lock) and locks; when the vault was already
 * locked it still reloads, dropping whatever was being typed. The window gets WINDOW_ANSWER_MS to answer, never
 * more: a hung page delays a lock by that much at most.
 */
export function createLockActions(wiring: LockWiring): LockActions {
  const ask = (request: WindowLockRequest) =>
    answerWithin(wiring.askWindow(request), wiring.answerMs ?? WINDOW_ANSWER_MS, false);
  const saveDraftThenLock = async (reason: LockReason) => {
    if (wiring.isUnlocked()) await ask('save-draft');
    await wiring.lock(reason);
  };
  return {
    lock: () =>
      void (async () => {
        if (wiring.isUnlocked() && (await ask('lock'))) return;
        await wiring.lock('menu');
      })(),
    panicLock: () => {
      const wasUnlocked = wiring.isUnlocked();
      wiring.clearClipboard();
      void saveDraftThenLock('panic').then(() => {
        if (!wasUnlocked) wiring.reloadWindow();
      });
    },
    lockSavingDraft: saveDraftThenLock,
  };
}
