import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LockingPowerEvent } from '../../../electron/main/auto-lock';
import { connectBus, SIGNAL_MESSAGE, socketPathOf, type BusMessage } from '../../../electron/main/dbus-connection';
import {
  busAddress,
  lockEventOf,
  SCREENSAVER_INTERFACES,
  sessionBusMatchRules,
  startLinuxLockSignals,
  systemBusMatchRules,
  type LockSignals,
} from '../../../electron/main/linux-lock-signals';
import { tempDir } from '../../support/temp-dir';
import { busPeer, startPrivateBus, type PrivateBus } from './private-bus';

const OWN = '/org/freedesktop/login1/session/_32';
const OTHER = '/org/freedesktop/login1/session/c1';
const signal = (fields: Omit<BusMessage, 'type'>): BusMessage => ({ type: SIGNAL_MESSAGE, ...fields });
const lockedHint = (value: boolean) => [
  'org.freedesktop.login1.Session',
  [['LockedHint', [[{ type: 'b', child: [] }], [value]]]],
  [],
];

describe('lockEventOf', () => {
  it('locks on logind Lock of its own session only', () => {
    expect(lockEventOf(signal({ interface: 'org.freedesktop.login1.Session', member: 'Lock', path: OWN }), OWN)).toBe(
      'lock-screen',
    );
    expect(
      lockEventOf(signal({ interface: 'org.freedesktop.login1.Session', member: 'Lock', path: OTHER }), OWN),
    ).toBeNull();
    expect(
      lockEventOf(signal({ interface: 'org.freedesktop.login1.Session', member: 'Unlock', path: OWN }), OWN),
    ).toBeNull();
  });

  it('locks on any session Lock when its own session is unknown', () => {
    expect(
      lockEventOf(signal({ interface: 'org.freedesktop.login1.Session', member: 'Lock', path: OTHER }), null),
    ).toBe('lock-screen');
    expect(
      lockEventOf(signal({ interface: 'org.freedesktop.login1.Session', member: 'Lock', path: '/elsewhere' }), null),
    ).toBeNull();
  });

  it('locks before sleep, not after it', () => {
    const sleep = (going: boolean) =>
      signal({
        interface: 'org.freedesktop.login1.Manager',
        member: 'PrepareForSleep',
        path: '/org/freedesktop/login1',
        body: [going],
      });
    expect(lockEventOf(sleep(true), OWN)).toBe('suspend');
    expect(lockEventOf(sleep(false), OWN)).toBeNull();
  });

  it('locks when a screen saver turns on, for every desktop it knows', () => {
    for (const name of SCREENSAVER_INTERFACES) {
      expect(
        lockEventOf(signal({ interface: name, member: 'ActiveChanged', path: '/x', body: [true] }), OWN),
        name,
      ).toBe('lock-screen');
      expect(
        lockEventOf(signal({ interface: name, member: 'ActiveChanged', path: '/x', body: [false] }), OWN),
        name,
      ).toBeNull();
    }
    expect(
      lockEventOf(signal({ interface: 'org.example.ScreenSaver', member: 'ActiveChanged', body: [true] }), OWN),
    ).toBeNull();
  });

  it("locks when logind's LockedHint of its session turns true", () => {
    const changed = (value: boolean, at = OWN) =>
      signal({
        interface: 'org.freedesktop.DBus.Properties',
        member: 'PropertiesChanged',
        path: at,
        body: lockedHint(value),
      });
    expect(lockEventOf(changed(true), OWN)).toBe('lock-screen');
    expect(lockEventOf(changed(false), OWN)).toBeNull();
    expect(lockEventOf(changed(true, OTHER), OWN)).toBeNull();
  });

  it('ignores anything that is not a signal', () => {
    expect(
      lockEventOf({ type: 1, interface: 'org.freedesktop.login1.Session', member: 'Lock', path: OWN }, OWN),
    ).toBeNull();
  });

  it('asks each bus for exactly the signals it decides on', () => {
    expect(systemBusMatchRules(OWN)).toEqual([
      `type='signal',interface='org.freedesktop.login1.Session',member='Lock',path='${OWN}'`,
      "type='signal',interface='org.freedesktop.login1.Manager',member='PrepareForSleep',path='/org/freedesktop/login1'",
      `type='signal',interface='org.freedesktop.DBus.Properties',member='PropertiesChanged',path='${OWN}',arg0='org.freedesktop.login1.Session'`,
    ]);
    expect(systemBusMatchRules(null)[0]).toBe("type='signal',interface='org.freedesktop.login1.Session',member='Lock'");
    expect(sessionBusMatchRules()).toHaveLength(SCREENSAVER_INTERFACES.length);
  });
});

describe('busAddress', () => {
  it('takes the session bus from the environment only, the system bus from it or its standard socket', () => {
    expect(busAddress('session', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' })).toBe(
      'unix:path=/run/user/1000/bus',
    );
    expect(busAddress('session', {})).toBeUndefined();
    expect(busAddress('system', {})).toBe('unix:path=/run/dbus/system_bus_socket');
    expect(busAddress('system', { DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/tmp/x' })).toBe('unix:path=/tmp/x');
  });
});

describe('socketPathOf', () => {
  it('opens only local sockets named by the address', () => {
    expect(socketPathOf('unix:path=/run/user/1000/bus')).toBe('/run/user/1000/bus');
    expect(socketPathOf('unix:abstract=/tmp/dbus-abc,guid=1234')).toBe('\0/tmp/dbus-abc');
    expect(socketPathOf('unix:path=/tmp/a%2cb%20c')).toBe('/tmp/a,b c');
    expect(socketPathOf('tcp:host=example.org,port=1;unix:path=/run/bus')).toBe('/run/bus');
    for (const address of [
      'tcp:host=localhost,port=4000',
      'unixexec:path=/bin/sh,argv1=-c',
      'nonsense',
      '',
      undefined,
    ]) {
      expect(socketPathOf(address), String(address)).toBeNull();
    }
  });
});

describe('startLinuxLockSignals on real dbus-daemons', () => {
  let system: PrivateBus;
  let session: PrivateBus;
  let running: LockSignals | undefined;

  beforeAll(async () => {
    [system, session] = await Promise.all([startPrivateBus(), startPrivateBus({ abstract: true })]);
  });
  afterAll(() => {
    system?.stop();
    session?.stop();
  });
  afterEach(() => running?.stop());

  async function listen(pid: number) {
    const events: LockingPowerEvent[] = [];
    const waiters: (() => void)[] = [];
    const logs: string[] = [];
    running = startLinuxLockSignals({
      connect: (bus, onError) => connectBus(bus === 'system' ? system.address : session.address, onError),
      pid,
      onLock: (event) => {
        events.push(event);
        waiters.shift()?.();
      },
      log: (line) => logs.push(line),
    });
    await running.ready;
    const next = () => new Promise<void>((resolve) => waiters.push(resolve));
    return { events, logs, next };
  }

  it("hears logind's Lock, LockedHint and PrepareForSleep from the system bus, for its own session", async () => {
    const logind = await busPeer(system.address, 'org.freedesktop.login1');
    const asked: unknown[] = [];
    logind.setMethodCallHandler('/org/freedesktop/login1', 'org.freedesktop.login1.Manager', 'GetSessionByPID', [
      (pid) => {
        asked.push(pid);
        return OWN;
      },
      'o',
    ]);
    const { events, logs, next } = await listen(4242);
    expect(asked).toEqual([4242]);
    expect(logs).toEqual([]);

    // Signals from one sender arrive in order: each ignored one is followed by one that locks.
    let heard = next();
    logind.sendSignal(OTHER, 'org.freedesktop.login1.Session', 'Lock', '', []);
    logind.sendSignal(OWN, 'org.freedesktop.login1.Session', 'Lock', '', []);
    await heard;
    expect(events).toEqual(['lock-screen']);

    heard = next();
    logind.sendSignal('/org/freedesktop/login1', 'org.freedesktop.login1.Manager', 'PrepareForSleep', 'b', [false]);
    logind.sendSignal('/org/freedesktop/login1', 'org.freedesktop.login1.Manager', 'PrepareForSleep', 'b', [true]);
    await heard;
    expect(events).toEqual(['lock-screen', 'suspend']);

    heard = next();
    const hint = (value: boolean) => ['org.freedesktop.login1.Session', [['LockedHint', ['b', value]]], []];
    logind.sendSignal(OWN, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', hint(false));
    logind.sendSignal(OWN, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', hint(true));
    await heard;
    expect(events).toEqual(['lock-screen', 'suspend', 'lock-screen']);
    logind.connection.end();
  });

  it('hears the screen saver turning on from the session bus (GNOME and freedesktop)', async () => {
    const shell = await busPeer(session.address);
    const { events, next } = await listen(1);
    let heard = next();
    shell.sendSignal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [false]);
    shell.sendSignal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [true]);
    await heard;
    heard = next();
    shell.sendSignal('/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [true]);
    await heard;
    expect(events).toEqual(['lock-screen', 'lock-screen']);
    shell.connection.end();
  });

  it('without logind to say which session is its own, locks on the Lock of any session', async () => {
    const stranger = await busPeer(system.address);
    const { events, next } = await listen(1);
    const heard = next();
    stranger.sendSignal(OTHER, 'org.freedesktop.login1.Session', 'Lock', '', []);
    await heard;
    expect(events).toEqual(['lock-screen']);
    stranger.connection.end();
  });
});

describe('startLinuxLockSignals without a bus', () => {
  it('logs one line per missing bus, never throws and never locks', async () => {
    const missing = `unix:path=${path.join(tempDir(), 'no-bus-here')}`;
    const logs: string[] = [];
    const events: string[] = [];
    const signals = startLinuxLockSignals({
      connect: (bus, onError) => connectBus(bus === 'system' ? missing : 'tcp:host=localhost,port=1', onError),
      pid: 1,
      onLock: (event) => events.push(event),
      log: (line) => logs.push(line),
    });
    await signals.ready;
    signals.stop();
    expect(events).toEqual([]);
    expect(logs).toHaveLength(2);
    expect(logs.find((line) => line.startsWith('system bus unavailable'))).toMatch(/ENOENT/);
    expect(logs.find((line) => line.startsWith('session bus unavailable'))).toContain('no local socket');
  });
});
