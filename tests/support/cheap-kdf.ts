import type { KdfParams } from '../../db/vault/kdf';

/**
 * libsodium's smallest Argon2id cost (1 pass, 8 KiB): tests create many vaults. The parameters live in each key slot,
 * so a vault made with these unlocks just as fast in any host; users always get DEFAULT_KDF.
 */
export const CHEAP_KDF: KdfParams = { opslimit: 1, memlimit: 8192 };

/**
 * Passphrases zxcvbn rates 4/4, so create() and changePassphrase() accept them. Letters only: zxcvbn takes 1-2 s on
 * one with a year in it (its l33t and date matching), and the tests create hundreds of vaults.
 */
export const PASSPHRASE = 'orange tabouret velours marée lanterne';
export const OTHER_PASSPHRASE = 'lanterne pivoine cadastre hibou grenade';
