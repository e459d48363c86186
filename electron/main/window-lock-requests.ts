import type { WindowLockRequest } from '../../shared/vault/window-lock-requests';

/**
 * Requests to the window and their answers, matched in order of arrival: each answer settles every request sent
 * before it (a page that answers once for two overlapping requests has handled both). Plain, so it is tested
 * without Electron; `send` returns false when there is no window to send to.
 */
export function createWindowLockRequests(send: (request: WindowLockRequest) => boolean) {
  let waiting: ((answered: boolean) => void)[] = [];
  return {
    ask(request: WindowLockRequest): Promise<boolean> {
      if (!send(request)) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => waiting.push(resolve));
    },
    answered(): void {
      const settled = waiting;
      waiting = [];
      for (const resolve of settled) resolve(true);
    },
  };
}
