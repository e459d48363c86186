/** The single IPC channel between preload and main; the Parloir channel name travels as its first argument. */
export const IPC_INVOKE_CHANNEL = 'parloir:invoke';
