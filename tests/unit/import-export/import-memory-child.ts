// Run as its own process by import-memory.test.ts (bundled, plain node): unlocks the vault in argv[2], imports the
// file in argv[3] through the handlers the window uses (choose, check, import), and prints one JSON line with what
// it saw and the process's peak resident memory, main thread and import worker together.
import { createApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import type { Channel } from '../../../shared/channels';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { CHEAP_KDF, PASSPHRASE } from '../../support/cheap-kdf';
import { testDialogs } from '../../support/dialogs';

const [dataDir = '', file = ''] = process.argv.slice(2);
const app = createApp({ dataDir, kdf: CHEAP_KDF, dialogs: testDialogs({ chooseImportFile: async () => file }) });

async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await dispatch(app, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as OutputOf<C>;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

await call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
let started = performance.now();
const picked = await call('import:pickFile', {});
if (picked.status !== 'chosen') throw new Error('The file dialog was cancelled');
const pickS = seconds(started);
started = performance.now();
const checked = await call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
const checkS = seconds(started);
started = performance.now();
const ran = await call('import:run', { token: picked.token, mapping: picked.suggestedMapping });
const runS = seconds(started);
await app.context.vault.lock();
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  JSON.stringify({
    rows: picked.rowCount,
    problems: checked.problemCount,
    imported: ran.imported,
    peakRssMb,
    seconds: { pick: pickS, check: checkS, run: runS },
  }),
);
