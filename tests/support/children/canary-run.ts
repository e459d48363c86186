// Child process: the plaintext-canary scenario through the real handlers, run with a private TMPDIR so every file
// it could leave behind is somewhere the parent scans. argv: data dir, backup folder, and the two files the
// "attach" dialog answers (a PDF whose page text is the canary, a PNG whose tEXt chunk is); stdin: the canary, which
// is also the group's name and a letter's summary.
import os from 'node:os';
import { text } from 'node:stream/consumers';
import { createApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import { CHEAP_KDF, PASSPHRASE } from '../cheap-kdf';
import { testDialogs } from '../dialogs';

const [dataDir = '', backupFolder = '', ...attached] = process.argv.slice(2);
const canary = (await text(process.stdin)).trim();
const app = createApp({
  dataDir,
  kdf: CHEAP_KDF,
  dialogs: testDialogs({
    chooseBackupFolder: async () => backupFolder,
    chooseAttachmentFile: async () => attached.shift() ?? null,
  }),
});
const answers: { channel: string; envelope: Awaited<ReturnType<typeof dispatch>> }[] = [];
const call = async (channel: string, input: unknown) => {
  const envelope = await dispatch(app, channel, input);
  answers.push({ channel, envelope });
  return envelope;
};

await call('vault:create', { passphrase: PASSPHRASE });
await call('settings:set', { groupName: canary });
await call('settings:get', {});
// A letter in, through its own channel, whose summary is the canary; the files are attached to it.
const prisoner = await call('prisoners:create', { prisoner: { familyName: 'Canary' } });
const prisonerId = prisoner.ok ? (prisoner.value as { prisoner: { id: number } }).prisoner.id : 0;
const letter = await call('letters:create', {
  letter: { prisonerId, direction: 'in', status: 'received', receivedOn: '2026-11-20', summary: canary },
});
const letterId = letter.ok ? (letter.value as { saved: true; letter: { id: number } }).letter.id : 0;
const added = [await call('attachments:add', { letterId }), await call('attachments:add', { letterId })];
await call('vault:lock', {});
await call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
await call('settings:get', {});
await call('letters:get', { id: letterId });
// Read back from the vault: the PDF's page text is kept (so the scan below looks for bytes that are really in the
// vault), the PNG's tEXt chunk is not.
const previews = [];
for (const envelope of added) {
  const id = envelope.ok ? (envelope.value as { attachment: { id: number } }).attachment.id : 0;
  const preview = await call('attachments:preview', { id });
  previews.push(preview.ok && Buffer.from((preview.value as { base64: string }).base64, 'base64').includes(canary));
}
await call('vault:backup', {});
await call('vault:lock', {});
// Only whether the canary came back, never the canary itself: stdout is not scanned.
const groupNames = answers
  .filter((a) => a.channel === 'settings:get')
  .map((a) => (a.envelope.ok ? (a.envelope.value as { groupName: string }).groupName === canary : false));
process.stdout.write(
  `${JSON.stringify({
    tmpdir: os.tmpdir(),
    ok: answers.map((a) => [a.channel, a.envelope.ok]),
    groupNameRoundTrips: groupNames,
    attachmentKeepsCanary: previews,
    summaryRoundTrips: answers
      .filter((a) => a.channel === 'letters:get')
      .map((a) => a.envelope.ok && (a.envelope.value as { summary: string | null }).summary === canary),
  })}\n`,
);
