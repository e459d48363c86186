import type { LockingPowerEvent } from './auto-lock';
import { SIGNAL_MESSAGE, type BusClient, type BusMessage } from './dbus-connection';

const LOGIN1 = 'org.freedesktop.login1';
const LOGIN1_PATH = '/org/freedesktop/login1';
const SESSION_INTERFACE = 'org.freedesktop.login1.Session';
const MANAGER_INTERFACE = 'org.freedesktop.login1.Manager';
const PROPERTIES_INTERFACE = 'org.freedesktop.DBus.Properties';
const SESSION_PATH_PREFIX = '/org/freedesktop/login1/session/';

/** The screen savers that announce themselves on the session bus: freedesktop's (KDE...) and the desktops' own. */
export const SCREENSAVER_INTERFACES = [
  'org.freedesktop.ScreenSaver',
  'org.gnome.ScreenSaver',
  'org.cinnamon.ScreenSaver',
  'org.mate.ScreenSaver',
  'org.xfce.ScreenSaver',
] as const;

/** The match rules each bus gets: without them the bus daemon does not forward broadcast signals. */
export function systemBusMatchRules(sessionPath: string | null): string[] {
  const rules = [
    `type='signal',interface='${SESSION_INTERFACE}',member='Lock'${sessionPath ? `,path='${sessionPath}'` : ''}`,
    `type='signal',interface='${MANAGER_INTERFACE}',member='PrepareForSleep',path='${LOGIN1_PATH}'`,
  ];
  if (sessionPath) {
    rules.push(
      `type='signal',interface='${PROPERTIES_INTERFACE}',member='PropertiesChanged',path='${sessionPath}',arg0='${SESSION_INTERFACE}'`,
    );
  }
  return rules;
}

export function sessionBusMatchRules(): string[] {
  return SCREENSAVER_INTERFACES.map((name) => `type='signal',interface='${name}',member='ActiveChanged'`);
}

/** A D-Bus variant as the client unmarshals it: [signature, [value]]. */
function variantValue(variant: unknown): unknown {
  return Array.isArray(variant) && Array.isArray(variant[1]) ? variant[1][0] : undefined;
}

function lockedHintSet(body: unknown[] | undefined): boolean {
  if (!body || body[0] !== SESSION_INTERFACE || !Array.isArray(body[1])) return false;
  return body[1].some((entry) => Array.isArray(entry) && entry[0] === 'LockedHint' && variantValue(entry[1]) === true);
}

/**
 * Whether a bus message means the laptop is leaving its owner's hands, and as which event. `sessionPath` is this
 * process's logind session; when it could not be learned, a Lock of any session counts (locking too often is safe).
 */
export function lockEventOf(message: BusMessage, sessionPath: string | null): LockingPowerEvent | null {
  if (message.type !== SIGNAL_MESSAGE) return null;
  const { interface: iface, member, path, body } = message;
  const ownSession = sessionPath ? path === sessionPath : (path?.startsWith(SESSION_PATH_PREFIX) ?? false);
  if (iface === SESSION_INTERFACE && member === 'Lock' && ownSession) return 'lock-screen';
  if (iface === MANAGER_INTERFACE && member === 'PrepareForSleep' && body?.[0] === true) return 'suspend';
  if (iface === PROPERTIES_INTERFACE && member === 'PropertiesChanged' && ownSession && lockedHintSet(body))
    return 'lock-screen';
  if (
    (SCREENSAVER_INTERFACES as readonly string[]).includes(iface ?? '') &&
    member === 'ActiveChanged' &&
    body?.[0] === true
  ) {
    return 'lock-screen';
  }
  return null;
}

/** Where each bus is: the session bus only from the environment, the system bus from it or at its standard place. */
export function busAddress(bus: 'system' | 'session', env: NodeJS.ProcessEnv): string | undefined {
  if (bus === 'session') return env['DBUS_SESSION_BUS_ADDRESS'];
  return env['DBUS_SYSTEM_BUS_ADDRESS'] ?? 'unix:path=/run/dbus/system_bus_socket';
}

export interface LockSignalWiring {
  /** Opens a bus, or null when there is none; errors after that go to the wiring's `log`. */
  connect: (bus: 'system' | 'session', onError: (error: Error) => void) => BusClient | null;
  pid: number;
  onLock: (event: LockingPowerEvent) => void;
  /** Called at most once per bus: a missing bus is worth one line, not one per signal. */
  log: (message: string) => void;
}

export interface LockSignals {
  /** Resolves when both buses have their match rules (or have failed); start-up never waits for it. */
  ready: Promise<void>;
  stop(): void;
}

async function ownSessionPath(system: BusClient, pid: number): Promise<string | null> {
  try {
    const [path] = await system.call({
      destination: LOGIN1,
      path: LOGIN1_PATH,
      interface: MANAGER_INTERFACE,
      member: 'GetSessionByPID',
      signature: 'u',
      body: [pid],
    });
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}

/** Listens to logind on the system bus and the screen saver on the session bus; never throws, never blocks. */
export function startLinuxLockSignals(wiring: LockSignalWiring): LockSignals {
  const clients: BusClient[] = [];
  const setUp = async (bus: 'system' | 'session'): Promise<void> => {
    let reported = false;
    const fail = (error: Error) => {
      if (reported) return;
      reported = true;
      wiring.log(`${bus} bus unavailable, its lock signals are not heard: ${error.message}`);
    };
    const client = wiring.connect(bus, fail);
    if (!client) return;
    clients.push(client);
    let sessionPath: string | null = null;
    client.onMessage((message) => {
      const event = lockEventOf(message, sessionPath);
      if (event) wiring.onLock(event);
    });
    try {
      if (bus === 'system') sessionPath = await ownSessionPath(client, wiring.pid);
      const rules = bus === 'system' ? systemBusMatchRules(sessionPath) : sessionBusMatchRules();
      await Promise.all(rules.map((rule) => client.addMatch(rule)));
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    ready: Promise.all([setUp('system'), setUp('session')]).then(() => undefined),
    stop() {
      for (const client of clients.splice(0)) client.close();
    },
  };
}
