/** The IPC channel of every call from the page; the Parloir channel name travels as its first argument. */
export const IPC_INVOKE_CHANNEL = 'parloir:invoke';

/** Main asks the window to lock or to save its draft before a lock (shared/vault/window-lock-requests.ts). */
export const IPC_LOCK_REQUEST_CHANNEL = 'parloir:lock-request';
/** The window's answer: it has taken the lock in hand, or saved its draft. */
export const IPC_LOCK_ANSWER_CHANNEL = 'parloir:lock-answer';
