import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { JobKind, JobStore } from '../../../electron/services/jobs/job-store';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { TestApp } from '../../support/test-app';

/** A payload that holds a real thread, as an import holds its spreadsheet's worker. */
interface Held {
  name: string;
  worker: Worker;
  /** Why it was released, once it was. */
  released: AppError[];
  exited: Promise<unknown>;
}

function held(name: string): Held {
  const worker = new Worker('setInterval(() => {}, 1 << 30);', { eval: true });
  return { name, worker, released: [], exited: once(worker, 'exit') };
}

const heldKind = (keep: number): JobKind<Held> => ({
  keep,
  notFound: 'Gone from memory',
  alreadyRunning: 'Already under way',
  release: (payload, reason) => {
    payload.released.push(reason);
    void payload.worker.terminate();
  },
});

/** A job's work that waits until the test lets it finish, reporting what the test asks. */
function controlledWork() {
  let finish: (value: string) => void = () => {};
  let fail: (error: Error) => void = () => {};
  let report: (done: number, total: number) => void = () => {};
  let seen: AbortSignal | null = null;
  let begin: () => void = () => {};
  const started = new Promise<void>((ready) => {
    begin = ready;
  });
  const work = (_payload: unknown, control: { report: typeof report; signal: AbortSignal }): Promise<string> => {
    report = control.report;
    seen = control.signal;
    begin();
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    work,
    started,
    report: (done: number, total: number) => report(done, total),
    finish: (value: string) => finish(value),
    fail: (error: Error) => fail(error),
    signal: (): AbortSignal | null => seen,
  };
}

async function appWithStore(keep = 4): Promise<{ app: TestApp; store: JobStore<Held>; signal: () => AbortSignal }> {
  const app = await TestApp.create();
  const store = app.app.context.jobs.store(heldKind(keep));
  return { app, store, signal: () => app.app.context.vault.lockSignal };
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
  throw new Error('expected a failure');
}

function thrown(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
  throw new Error('expected a failure');
}

describe('a job store', () => {
  it('hands out random ids, or keeps the caller’s own, and says NOT_FOUND in the kind’s words for any other', async () => {
    const { app, store, signal } = await appWithStore();
    const first = held('first');
    const second = held('second');
    const a = store.add(first, { signal: signal() });
    const b = store.add(second, { signal: signal() });
    expect(a).toMatch(/^[0-9a-f-]{36}$/u);
    expect(b).not.toBe(a);
    expect(store.get(a)).toBe(first);
    expect(store.add(held('mine'), { signal: signal(), id: 'token-1' })).toBe('token-1');
    expect(store.get('token-1').name).toBe('mine');
    expect(thrown(() => store.get('never'))).toBe('NOT_FOUND: Gone from memory');
    await app.lock();
  });

  it('keeps at most `keep` jobs: the oldest are dropped, their payload released and their worker ended', async () => {
    const { app, store, signal } = await appWithStore(2);
    const payloads = ['a', 'b', 'c', 'd'].map(held);
    const ids = payloads.map((payload) => store.add(payload, { signal: signal() }));
    expect(store.size).toBe(2);
    expect(thrown(() => store.get(ids[0] as string))).toBe('NOT_FOUND: Gone from memory');
    expect(thrown(() => store.get(ids[1] as string))).toBe('NOT_FOUND: Gone from memory');
    expect(store.get(ids[3] as string).name).toBe('d');
    await Promise.all([payloads[0]?.exited, payloads[1]?.exited]);
    expect(payloads[0]?.released.map((r) => r.code)).toEqual(['NOT_FOUND']);
    expect(payloads[2]?.released).toEqual([]);
    // Adding under an id already held replaces that job and moves it to the newest place.
    store.add(held('c again'), { signal: signal(), id: ids[2] as string });
    store.add(held('e'), { signal: signal() });
    expect(store.get(ids[2] as string).name).toBe('c again');
    expect(thrown(() => store.get(ids[3] as string))).toBe('NOT_FOUND: Gone from memory');
    await app.lock();
  });

  it('reports progress while a job runs, done or failed after, and refuses a second run while one runs', async () => {
    const { app, store, signal } = await appWithStore();
    const id = store.add(held('file'), { signal: signal() });
    expect(store.progress(id)).toEqual({ state: 'idle', done: 0, total: 0 });
    expect(store.progress('unknown')).toEqual({ state: 'idle', done: 0, total: 0 });

    const run = controlledWork();
    const running = store.run(id, run.work);
    await run.started;
    expect(store.progress(id)).toEqual({ state: 'running', done: 0, total: 0 });
    run.report(3, 10);
    expect(store.progress(id)).toEqual({ state: 'running', done: 3, total: 10 });
    expect(await code(store.run(id, run.work))).toBe('VALIDATION: Already under way');
    run.report(10, 10);
    run.finish('written');
    expect(await running).toBe('written');
    expect(store.progress(id)).toEqual({ state: 'done', done: 10, total: 10 });

    const again = controlledWork();
    const failing = store.run(id, again.work);
    await again.started;
    again.report(4, 10);
    again.fail(new AppError('IMPORT_INVALID', 'bad rows'));
    expect(await code(failing)).toBe('IMPORT_INVALID: bad rows');
    expect(store.progress(id)).toEqual({ state: 'failed', done: 4, total: 10 });
    await app.lock();
  });

  it('finishing a job releases its payload (no second run) and keeps its progress readable', async () => {
    const { app, store, signal } = await appWithStore();
    const payload = held('file');
    const id = store.add(payload, { signal: signal() });
    await store.run(id, async (_p, { report }) => report(2, 2));
    store.finish(id);
    await payload.exited;
    expect(payload.released.map((r) => r.code)).toEqual(['NOT_FOUND']);
    expect(thrown(() => store.get(id))).toBe('NOT_FOUND: Gone from memory');
    expect(await code(store.run(id, async () => 'twice'))).toBe('NOT_FOUND: Gone from memory');
    expect(store.progress(id)).toEqual({ state: 'done', done: 2, total: 2 });
    await app.lock();
  });

  it('cancels a job: its worker ends, its run fails with CANCELLED, its progress reads idle', async () => {
    const { app, store, signal } = await appWithStore();
    const payload = held('file');
    const id = store.add(payload, { signal: signal() });
    const run = controlledWork();
    const running = store.run(id, run.work);
    await run.started;
    run.report(5, 50);

    expect(store.cancel(id)).toBe(true);
    await payload.exited;
    expect(payload.released.map((r) => r.code)).toEqual(['CANCELLED']);
    expect(run.signal()?.aborted).toBe(true);
    // The work meets its own failure (its thread is gone); the run says why it stopped.
    run.fail(new AppError('INTERNAL', 'The worker stopped'));
    expect(await code(running)).toBe('CANCELLED: The job was cancelled');
    expect(store.progress(id)).toEqual({ state: 'idle', done: 0, total: 0 });
    expect(thrown(() => store.get(id))).toBe('NOT_FOUND: Gone from memory');
    expect(store.cancel(id)).toBe(false);
    expect(store.cancel('never')).toBe(false);
    await app.lock();
  });
});

describe('the job service and the vault lock', () => {
  it('drops every job of every kind as a lock starts: workers end, runs fail with VAULT_LOCKED, ids are gone', async () => {
    const { app, store, signal } = await appWithStore();
    const other = app.app.context.jobs.store<void>({ keep: 16, notFound: 'No such render' });
    const payload = held('file');
    const id = store.add(payload, { signal: signal() });
    other.add(undefined, { signal: signal(), id: 'token' });
    const run = controlledWork();
    const running = store.run(id, run.work);
    await run.started;
    run.report(1, 9);

    // Listening after the jobs were added: by the time the lock signal reaches us, the service has dropped them,
    // before the connection closes.
    let sizesAtSignal: number[] = [];
    signal().addEventListener('abort', () => (sizesAtSignal = [store.size, other.size]), { once: true });
    await app.lock();
    expect(sizesAtSignal).toEqual([0, 0]);
    await payload.exited;
    expect(payload.released.map((r) => r.code)).toEqual(['VAULT_LOCKED']);
    run.fail(new Error('database closed'));
    expect(await code(running)).toBe('VAULT_LOCKED: The vault was locked');

    await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(thrown(() => store.get(id))).toBe('NOT_FOUND: Gone from memory');
    expect(store.progress(id)).toEqual({ state: 'idle', done: 0, total: 0 });
    expect(other.progress('token')).toEqual({ state: 'idle', done: 0, total: 0 });
    await app.lock();
  });

  it('refuses a payload made before a lock, releasing it, and watches the new unlock’s signal for the next one', async () => {
    const { app, store } = await appWithStore();
    const before = app.app.context.vault.lockSignal;
    await app.lock();
    await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });

    const late = held('made before the lock');
    expect(thrown(() => store.add(late, { signal: before }))).toBe('VAULT_LOCKED: The vault was locked');
    await late.exited;
    expect(late.released.map((r) => r.code)).toEqual(['VAULT_LOCKED']);
    expect(store.size).toBe(0);

    const fresh = held('after unlocking again');
    const id = store.add(fresh, { signal: app.app.context.vault.lockSignal });
    expect(store.get(id)).toBe(fresh);
    await app.lock();
    await fresh.exited;
    expect(store.size).toBe(0);
  });
});
