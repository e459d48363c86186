// One Argon2id derivation, as the vault's key worker does it at unlock: libsodium-wrappers-sumo's crypto_pwhash in a
// fresh worker thread. Reports this thread's CPU time for the derivation: on a busy machine, what it would take alone.
import { parentPort, workerData } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';

await sodium.ready;
/** @type {{ opslimit: number; memlimit: number }} */
const { opslimit, memlimit } = workerData;
const cpuBefore = process.threadCpuUsage();
const key = sodium.crypto_pwhash(
  32,
  'orange tabouret velours 1987 marée',
  sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES),
  opslimit,
  memlimit,
  sodium.crypto_pwhash_ALG_ARGON2ID13,
);
const cpu = process.threadCpuUsage(cpuBefore);
sodium.memzero(key);
parentPort?.postMessage({ cpuMs: (cpu.user + cpu.system) / 1000 });
