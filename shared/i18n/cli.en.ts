import type { CliMessages } from './cli.fr';

export const cliEn: CliMessages = {
  placeholder: 'Parloir',
};
