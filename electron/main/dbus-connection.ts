import * as dbusNative from '@homebridge/dbus-native';
import net from 'node:net';

/** A D-Bus message as the client library hands it over (header fields by name, body already unmarshalled). */
export interface BusMessage {
  type: number;
  serial?: number;
  path?: string;
  interface?: string;
  member?: string;
  sender?: string;
  signature?: string;
  body?: unknown[];
}

/** What Parloir uses of a bus connection: it listens, asks logind one question, and can hang up. */
export interface BusClient {
  onMessage(listener: (message: BusMessage) => void): void;
  addMatch(rule: string): Promise<void>;
  call(message: {
    destination: string;
    path: string;
    interface: string;
    member: string;
    signature?: string;
    body?: unknown[];
  }): Promise<unknown[]>;
  close(): void;
}

export const SIGNAL_MESSAGE = 4;

/**
 * The socket a D-Bus address names, or null when it names nothing Parloir will open. Only local sockets: a
 * `unixexec:` address would make Parloir start a program, and `tcp:` leaves the machine.
 */
export function socketPathOf(address: string | undefined): string | null {
  if (!address) return null;
  for (const entry of address.split(';')) {
    const colon = entry.indexOf(':');
    if (colon < 0 || entry.slice(0, colon) !== 'unix') continue;
    const params = new Map<string, string>();
    for (const pair of entry.slice(colon + 1).split(',')) {
      const equals = pair.indexOf('=');
      if (equals < 0) continue;
      try {
        params.set(pair.slice(0, equals), decodeURIComponent(pair.slice(equals + 1)));
      } catch {
        continue;
      }
    }
    const path = params.get('path');
    if (path) return path;
    // Node opens Linux abstract sockets when the path starts with a NUL byte.
    const abstract = params.get('abstract');
    if (abstract) return `\0${abstract}`;
  }
  return null;
}

interface NativeBus {
  connection: NodeJS.EventEmitter & { end(): void };
  invoke(
    message: object,
    callback: (error: { name?: string; message?: string } | null | undefined, ...values: unknown[]) => void,
  ): void;
  addMatch(rule: string, callback: (error: unknown) => void): void;
}
type CreateClient = (options: { stream: net.Socket }) => NativeBus;

/**
 * Opens a bus with @homebridge/dbus-native (pure JavaScript, bundled into the main process). Every failure, at
 * connection time or later, goes to `onError` and never throws: a desktop without D-Bus must still start Parloir.
 */
export function connectBus(address: string | undefined, onError: (error: Error) => void): BusClient | null {
  const socketPath = socketPathOf(address);
  if (socketPath === null) {
    onError(new Error('no local socket in the bus address'));
    return null;
  }
  let bus: NativeBus;
  try {
    const { createClient } = dbusNative as unknown as { createClient: CreateClient };
    bus = createClient({ stream: net.createConnection(socketPath) });
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)));
    return null;
  }
  // A request the bus never answers (connection refused, closed) must still settle, or start-up code awaiting it
  // would wait forever.
  const pending = new Set<(error: Error) => void>();
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const reject of pending) reject(error);
    pending.clear();
    onError(error);
  };
  bus.connection.on('error', (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  bus.connection.on('end', () => fail(new Error('the bus closed the connection')));
  function request<T>(send: (resolve: (value: T) => void, reject: (error: Error) => void) => void): Promise<T> {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      pending.add(reject);
      send(
        (value) => {
          pending.delete(reject);
          resolve(value);
        },
        (error) => {
          pending.delete(reject);
          reject(error);
        },
      );
    });
  }
  return {
    onMessage: (listener) => bus.connection.on('message', listener),
    addMatch: (rule) =>
      request<void>((resolve, reject) =>
        bus.addMatch(rule, (error) => (error ? reject(new Error(`AddMatch refused: ${rule}`)) : resolve())),
      ),
    call: (message) =>
      request<unknown[]>((resolve, reject) =>
        bus.invoke(message, (error, ...values) =>
          error ? reject(new Error(error.name ?? error.message ?? 'D-Bus error')) : resolve(values),
        ),
      ),
    close: () => bus.connection.end(),
  };
}
