import type { SenderAddress } from '../settings/sender.schemas';
import type { Language } from '../settings/settings.schemas';
import { countryLine, countryLineLanguage, needsCountryLine } from './country-line';
import { composePostalLines, tidyLines } from './postal-lines';

/**
 * The return address as printed: the name line, the postal lines in the sender's country's order, and the sender's
 * country in capitals when the letter goes abroad, so a returned letter finds its way back across the border. The
 * country is named in the language of the sender's own post, as on the recipient's block.
 */
export function composeSenderBlock(
  sender: SenderAddress,
  destinationCountry: string | null,
  language: Language = 'fr',
): string[] {
  const block = [sender.name, ...composePostalLines(sender.address)];
  const origin = sender.address.country.toUpperCase();
  // An unknown destination (a report, a test print) keeps the country line: it is never wrong to have it.
  if (destinationCountry === null || needsCountryLine(origin, destinationCountry))
    block.push(countryLine(origin, countryLineLanguage(origin, language)));
  return tidyLines(block);
}
