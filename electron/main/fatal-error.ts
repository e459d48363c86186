import type { HostText } from './dialog-options';

export interface FatalErrorWiring {
  /** Closes the vault and zeroes its key; must not throw (errors are its own to log). */
  lock: () => Promise<void>;
  /** A native message box (dialog.showErrorBox): the title and the plain sentence, nothing else. */
  showError: (title: string, message: string) => void;
  exit: (code: number) => void;
  log: (line: string) => void;
  text: () => HostText;
}

/**
 * What may be logged of an error: its class, code and stack frames, not its message, which can quote a name, an
 * address or a path from the vault.
 */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error value thrown (${typeof error})`;
  const code = (error as NodeJS.ErrnoException).code;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}${code ? ` [${code}]` : ''}`, ...frames].join('\n');
}

/** Writing to a closed terminal (Parloir started from a shell that has since gone) is no reason to stop. */
function isClosedOutput(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE';
}

/**
 * process 'uncaughtException' and 'unhandledRejection' in the main process. Without a handler, Electron shows the
 * error's stack trace in a dialog and keeps running in an unknown state. Here: lock the vault first (the key goes
 * before anything else can go wrong), then one plain sentence in the user's language, then quit.
 */
export function createFatalErrorHandler(wiring: FatalErrorWiring): (error: unknown) => void {
  let handling = false;
  return (error) => {
    if (isClosedOutput(error)) return;
    try {
      wiring.log(`[parloir] unexpected error in the main process: ${describeForLog(error)}`);
    } catch {
      // Logging is best effort: the lock below is what matters.
    }
    if (handling) return;
    handling = true;
    void wiring
      .lock()
      .catch(() => undefined)
      .then(() => {
        const t = wiring.text();
        wiring.showError(t('fatalError.title'), t('fatalError.message'));
        wiring.exit(1);
      });
  };
}
