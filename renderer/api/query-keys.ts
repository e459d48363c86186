export const queryKeys = {
  status: ['vault', 'status'] as const,
  settings: ['settings'] as const,
};
