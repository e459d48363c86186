import type { Language } from '../../settings/settings.schemas';
import effLarge from './wordlists/eff-large-wordlist.json' with { type: 'json' };
import tailsFr from './wordlists/tails-fr-7776.json' with { type: 'json' };

/**
 * The published diceware lists, word for word and in their dice order: French, Tango's list for Tails (CC0 1.0);
 * English, the EFF's large list (CC BY 3.0 US). Both have 7776 words (five dice), so each word drawn carries
 * log2(7776) ≈ 12.9 bits. wordlists/README.md says where each came from and how to check it against the original.
 */
export const wordlists: Record<Language, readonly string[]> = { fr: tailsFr, en: effLarge };
