/** Kysely's view of the vault. Each migration that adds a table adds its interface here. */
export interface MetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** JSON-encoded value. */
  value: string;
}

export interface Database {
  meta: MetaTable;
  settings: SettingsTable;
}
