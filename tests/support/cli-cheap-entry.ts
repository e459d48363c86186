// The `parloir` command as the tests run it: the same main, with the tests' cheap Argon2id cost for the key slots it
// writes (as the E2E harness and the vault tests use). The one test about the real cost runs cli/parloir.ts itself.
import { main } from '../../cli/cli-main';
import { CHEAP_KDF } from './cheap-kdf';

process.exitCode = await main(process.argv.slice(2), process.env, { kdf: CHEAP_KDF });
