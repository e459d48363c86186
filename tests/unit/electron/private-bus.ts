import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as dbusNative from '@homebridge/dbus-native';

/**
 * A real dbus-daemon on a private socket (Debian package `dbus-daemon`), so the lock-signal code talks to a real bus
 * daemon through the real client library. `abstract` puts it on a Linux abstract socket, as older desktops do.
 */
export interface PrivateBus {
  address: string;
  stop(): void;
}

export async function startPrivateBus(options: { abstract?: boolean } = {}): Promise<PrivateBus> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-bus-'));
  const listen = options.abstract
    ? `unix:abstract=parloir-test-${path.basename(dir)}`
    : `unix:path=${path.join(dir, 'bus')}`;
  const config = path.join(dir, 'bus.conf');
  fs.writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>${listen}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
`,
  );
  const daemon: ChildProcess = spawn(
    'dbus-daemon',
    [`--config-file=${config}`, '--nofork', '--nopidfile', '--print-address=1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Kept for the failure message only (the daemon warns about its file limit when not allowed to raise it).
  let errors = '';
  daemon.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const address = await new Promise<string>((resolve, reject) => {
    let output = '';
    daemon.once('error', reject);
    daemon.once('exit', (code) =>
      reject(new Error(`dbus-daemon exited (${code}); is the dbus-daemon package installed? ${errors}`)),
    );
    daemon.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n')[0];
      if (output.includes('\n') && line) resolve(line.trim());
    });
  });
  return {
    address,
    stop() {
      daemon.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface RawBus {
  connection: NodeJS.EventEmitter & { end(): void };
  requestName(name: string, flags: number, callback: (error: unknown, code: number) => void): void;
  sendSignal(objectPath: string, iface: string, member: string, signature: string, body: unknown[]): void;
  setMethodCallHandler(
    objectPath: string,
    iface: string,
    member: string,
    handler: [(...args: unknown[]) => unknown, string],
  ): void;
}

/** The other end: a peer on the same bus that owns a name, answers a method and emits signals, like logind does. */
export async function busPeer(address: string, ownName?: string): Promise<RawBus> {
  const socketPath = address.replace(/^unix:(path|abstract)=([^,]+).*$/, (_m, kind: string, value: string) =>
    kind === 'abstract' ? `\0${value}` : value,
  );
  const { createClient } = dbusNative as unknown as { createClient: (options: { stream: net.Socket }) => RawBus };
  const bus = createClient({ stream: net.createConnection(socketPath) });
  if (ownName) {
    await new Promise<void>((resolve, reject) =>
      bus.requestName(ownName, 4, (error, code) =>
        error || code !== 1 ? reject(new Error(`RequestName ${code}`)) : resolve(),
      ),
    );
  }
  return bus;
}
