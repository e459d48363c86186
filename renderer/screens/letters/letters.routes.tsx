import { defineRoute } from '../../navigation/route-table';
import { LettersPage } from './letters-page';

/** The Courrier section, opened plain or pre-filtered (a dashboard tile); a letter opens in its dialog. */
export const lettersRoutes = {
  letters: defineRoute({ section: 'letters', view: LettersPage }),
};
