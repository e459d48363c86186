import { call } from './client';

let inFlight: Promise<void> | null = null;

/**
 * Locks the vault once however many triggers fire together (button, Ctrl+L held down, the native menu, idle timer).
 * The host reloads the page when the vault locks, which drops every decrypted value the renderer held.
 */
export function lockVault(): Promise<void> {
  inFlight ??= call('vault:lock', {})
    .then(() => undefined)
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}
