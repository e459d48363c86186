import type { HostMessages } from './host.fr';

export const hostEn: HostMessages = {
  placeholder: 'Parloir',
};
