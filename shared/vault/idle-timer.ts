/**
 * Fires `onIdle` once after `timeoutMs` without `touch()`. Plain timers, so the renderer's copy can be driven by
 * Playwright's page.clock and the unit tests by vitest's fake timers.
 */
export class IdleTimer {
  #timeoutMs: number;
  #handle: ReturnType<typeof setTimeout> | undefined;
  readonly #onIdle: () => void;

  constructor(timeoutMs: number, onIdle: () => void) {
    this.#timeoutMs = timeoutMs;
    this.#onIdle = onIdle;
  }

  start(): void {
    this.touch();
  }

  touch(): void {
    if (this.#handle !== undefined) clearTimeout(this.#handle);
    this.#handle = setTimeout(() => {
      this.#handle = undefined;
      this.#onIdle();
    }, this.#timeoutMs);
  }

  setDelay(timeoutMs: number): void {
    this.#timeoutMs = timeoutMs;
    if (this.#handle !== undefined) this.touch();
  }

  stop(): void {
    if (this.#handle !== undefined) clearTimeout(this.#handle);
    this.#handle = undefined;
  }
}

/** The main process's backstop: the system has seen no input anywhere for the whole auto-lock period. */
export function systemIdleExceeded(idleSeconds: number, autoLockMinutes: number): boolean {
  return idleSeconds >= autoLockMinutes * 60;
}
