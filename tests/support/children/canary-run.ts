// Child process: the plaintext-canary scenario through the real handlers, run with a private TMPDIR so every file
// it could leave behind is somewhere the parent scans. argv: data dir, backup folder; stdin: the canary.
import os from 'node:os';
import { text } from 'node:stream/consumers';
import { createApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import { CHEAP_KDF, PASSPHRASE } from '../cheap-kdf';
import { testDialogs } from '../dialogs';

const [dataDir = '', backupFolder = ''] = process.argv.slice(2);
const canary = (await text(process.stdin)).trim();
const app = createApp({
  dataDir,
  kdf: CHEAP_KDF,
  dialogs: testDialogs({ chooseBackupFolder: async () => backupFolder }),
});
const steps: [string, unknown][] = [
  ['vault:create', { passphrase: PASSPHRASE }],
  ['settings:set', { groupName: canary }],
  ['settings:get', {}],
  ['vault:lock', {}],
  ['vault:unlock', { method: 'passphrase', secret: PASSPHRASE }],
  ['settings:get', {}],
  ['vault:backup', {}],
  ['vault:lock', {}],
];
const answers = [];
for (const [channel, input] of steps) answers.push({ channel, envelope: await dispatch(app, channel, input) });
// Only whether the canary came back, never the canary itself: stdout is not scanned.
const groupNames = answers
  .filter((a) => a.channel === 'settings:get')
  .map((a) => (a.envelope.ok ? (a.envelope.value as { groupName: string }).groupName === canary : false));
process.stdout.write(
  `${JSON.stringify({ tmpdir: os.tmpdir(), ok: answers.map((a) => [a.channel, a.envelope.ok]), groupNameRoundTrips: groupNames })}\n`,
);
