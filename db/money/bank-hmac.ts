import { createHmac } from 'node:crypto';
import type { RegistryDb } from '../registry/registry-db';

/** The vault's own HMAC key (migration 018 drew it with randomblob): it never leaves the process or the vault. */
export async function bankHmacKey(db: RegistryDb): Promise<Uint8Array> {
  const row = await db.selectFrom('bank_hmac_key').select('hmac_key').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.hmac_key;
}

/**
 * A payer's IBAN as a keyed hash, hex: the same IBAN always gives the same hash in this vault (a donor is recognised
 * from one statement to the next), and without the key no one can find the IBAN by hashing every possible one.
 * `iban` is in the electronic format (upper case, no spaces), as donors.iban_hash expects too.
 */
export function ibanHmac(key: Uint8Array, iban: string): string {
  return createHmac('sha256', key).update(iban, 'utf8').digest('hex');
}
