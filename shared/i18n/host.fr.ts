/** Strings the Electron main process shows itself (native dialogs). French is the reference. */
export const hostFr = {
  placeholder: 'Parloir',
};
export type HostMessages = typeof hostFr;
