import type { Draft } from '../../shared/drafts/drafts.schemas';
import type { Route } from '../navigation/route';

/**
 * Where a kept draft reopens: its form's screen (a stay's or a new letter's dialog opens over its prisoner's page, an
 * edited letter's over the Courrier list).
 */
export function draftRoute({ form, recordId }: Pick<Draft, 'form' | 'recordId'>): Route {
  switch (form) {
    case 'prisoner':
      return recordId === null ? { page: 'prisonerNew' } : { page: 'prisonerEdit', id: recordId };
    case 'facility':
      return recordId === null ? { page: 'facilityNew' } : { page: 'facilityEdit', id: recordId };
    case 'stay':
      return recordId === null ? { page: 'prisoners' } : { page: 'prisoner', id: recordId };
    case 'parcel':
      return recordId === null ? { page: 'parcelNew' } : { page: 'parcelEdit', id: recordId };
    case 'letter':
      return recordId === null ? { page: 'letters' } : { page: 'prisoner', id: recordId };
    case 'letterEdit':
      return recordId === null ? { page: 'letters' } : { page: 'letters', letterId: recordId };
    case 'evening':
      return recordId === null ? { page: 'evenings' } : { page: 'evening', id: recordId };
  }
}
