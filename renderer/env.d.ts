import type { ParloirBridge } from '../shared/bridge';

declare global {
  interface Window {
    /** Defined by the host (Electron's preload or the E2E bridge) before the page's scripts run. */
    readonly parloir: ParloirBridge;
  }
}
