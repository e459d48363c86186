/** Channel names of the settings: the app's preferences and the group's settings kept in the vault. */
export const settingsChannelNames = ['settings:get', 'settings:set'] as const;
