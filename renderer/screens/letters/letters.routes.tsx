import { defineRoute } from '../../navigation/route-table';
import { LettersPage } from './letters-page';

/** The Courrier section; a letter is logged and seen from its prisoner's page. */
export const lettersRoutes = {
  letters: defineRoute({ section: 'letters', view: () => <LettersPage /> }),
};
