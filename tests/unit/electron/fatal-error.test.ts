import { describe, expect, it } from 'vitest';
import { hostEn } from '../../../shared/i18n/host.en';
import { hostFr } from '../../../shared/i18n/host.fr';
import { createFatalErrorHandler, describeForLog } from '../../../electron/main/fatal-error';
import { createHostI18n, hostText } from '../../../electron/main/host-i18n';

const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(language: 'fr' | 'en' = 'fr') {
  const events: string[] = [];
  const dialogs: { title: string; message: string }[] = [];
  const logs: string[] = [];
  const handle = createFatalErrorHandler({
    lock: async () => {
      events.push('lock');
    },
    showError: (title, message) => {
      events.push('dialog');
      dialogs.push({ title, message });
    },
    exit: (code) => events.push(`exit ${code}`),
    log: (line) => logs.push(line),
    text: () => hostText(createHostI18n(language)),
  });
  return { handle, events, dialogs, logs };
}

/** An error as a careless library might throw it: personal data in the message, a path in the stack. */
function leakyError(): Error {
  const error = new TypeError('cannot read address of Jeanne Dupont, 12 rue des Lilas');
  error.stack = `TypeError: cannot read address of Jeanne Dupont, 12 rue des Lilas\n    at format (/opt/Parloir/resources/app.asar/dist/main/main.mjs:1:2)\n    at run (node:internal/x:3:4)`;
  return error;
}

describe('the main process fatal-error handler', () => {
  it.each([
    ['fr', hostFr],
    ['en', hostEn],
  ] as const)(
    'locks the vault, then shows one plain sentence in %s with no stack trace, then quits',
    async (language, messages) => {
      const { handle, events, dialogs } = setup(language);
      handle(leakyError());
      await settle();
      expect(events).toEqual(['lock', 'dialog', 'exit 1']);
      expect(dialogs).toEqual([{ title: messages.fatalError.title, message: messages.fatalError.message }]);
      const shown = JSON.stringify(dialogs);
      for (const leak of ['Jeanne', 'Lilas', 'TypeError', ' at ', 'main.mjs', 'app.asar'])
        expect(shown).not.toContain(leak);
    },
  );

  it('logs the error class and stack frames, never its message', async () => {
    const { handle, logs } = setup();
    handle(leakyError());
    await settle();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('TypeError');
    expect(logs[0]).toContain('at format (/opt/Parloir/resources/app.asar/dist/main/main.mjs:1:2)');
    expect(logs[0]).not.toContain('Jeanne');
    expect(describeForLog('a thrown string with Jeanne Dupont')).toBe('non-Error value thrown (string)');
  });

  it('shows one dialog however many errors follow the first', async () => {
    const { handle, events } = setup();
    handle(new Error('first'));
    handle(new Error('second'));
    await settle();
    expect(events).toEqual(['lock', 'dialog', 'exit 1']);
  });

  it('ignores a write to a closed terminal (EPIPE) and keeps running', async () => {
    const { handle, events, logs } = setup();
    handle(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }));
    await settle();
    expect(events).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('still shows the sentence and quits when locking fails', async () => {
    const events: string[] = [];
    const handle = createFatalErrorHandler({
      lock: () => Promise.reject(new Error('database busy')),
      showError: () => events.push('dialog'),
      exit: (code) => events.push(`exit ${code}`),
      log: () => undefined,
      text: () => hostText(createHostI18n('en')),
    });
    handle(new Error('boom'));
    await settle();
    expect(events).toEqual(['dialog', 'exit 1']);
  });
});
