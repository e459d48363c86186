/**
 * What the main process asks of the window before a lock it starts itself: `lock` (the menu's Lock: the window asks
 * about unsaved changes, then locks) or `save-draft` (panic, idle and power locks: save the form as a draft, then
 * main locks). The preload turns each into a DOM event on window; the page answers with WINDOW_LOCK_ANSWER_EVENT.
 * Plain names, no schema: the preload bundle imports this.
 */
export const windowLockRequests = ['lock', 'save-draft'] as const;
export type WindowLockRequest = (typeof windowLockRequests)[number];

export const windowLockRequestEvent = (request: WindowLockRequest) => `parloir:${request}-request`;
export const WINDOW_LOCK_ANSWER_EVENT = 'parloir:lock-request-answered';

export function isWindowLockRequest(value: unknown): value is WindowLockRequest {
  return typeof value === 'string' && (windowLockRequests as readonly string[]).includes(value);
}

/** How long main waits for the window's answer before it locks anyway: a hung page never holds the lock back. */
export const WINDOW_ANSWER_MS = 1_000;
