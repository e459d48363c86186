import { createRequire } from 'node:module';
// The package's exports map hides its own typings from TypeScript's resolver, so the types are named by path and
// the runtime module is loaded through require (which is also how the native addon gets found inside app.asar).
import type DatabaseConstructor from '../../node_modules/better-sqlite3-multiple-ciphers/index';

const requireHere = createRequire(import.meta.url);

export const SQLite = requireHere('better-sqlite3-multiple-ciphers') as typeof DatabaseConstructor;
export type SqliteDatabase = DatabaseConstructor.Database;
