import type { MenuActions } from './menu-template';

export interface LockWiring {
  isUnlocked: () => boolean;
  /** Closes the vault and zeroes its key; a lock that closes it makes the vault emit 'locked', which reloads. */
  lock: (reason: 'menu' | 'panic') => Promise<void>;
  clearClipboard: () => void;
  reloadWindow: () => void;
}

/**
 * Lock and panic lock, as the menu runs them. Panic asks nothing and also empties the clipboard (an address copied a
 * minute ago must not survive the lock); when the vault was already locked it still reloads, dropping whatever was
 * being typed.
 */
export function createLockActions(wiring: LockWiring): MenuActions {
  return {
    lock: () => void wiring.lock('menu'),
    panicLock: () => {
      const wasUnlocked = wiring.isUnlocked();
      wiring.clearClipboard();
      void wiring.lock('panic').then(() => {
        if (!wasUnlocked) wiring.reloadWindow();
      });
    },
  };
}
