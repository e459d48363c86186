/** Channel names of the home dashboard: what the group must act on, counted from the vault. */
export const dashboardChannelNames = ['dashboard:get'] as const;
