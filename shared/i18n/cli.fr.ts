/** Strings the headless command line prints. French is the reference. */
export const cliFr = {
  placeholder: 'Parloir',
};
export type CliMessages = typeof cliFr;
