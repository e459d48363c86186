import type { Language } from '../schemas/settings.schemas';
import { en } from './en';
import { fr, type Messages } from './fr';

export type { Messages };
export const resources = { fr: { translation: fr }, en: { translation: en } } as const satisfies Record<
  Language,
  { translation: Messages }
>;
export const fallbackLanguage: Language = 'fr';
