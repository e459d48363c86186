import { defineRoute, type NoParams } from '../../navigation/route-table';
import { ParcelFormPage } from './parcel-form-page';
import { ParcelPage } from './parcel-page';
import { ParcelsPage } from './parcels-page';

/** The Colis section: the list, one parcel, and its form (new from the list, from a prisoner's page, or an edit). */
export const parcelsRoutes = {
  parcels: defineRoute({ section: 'parcels', view: ParcelsPage }),
  parcel: defineRoute({ section: 'parcels', view: ParcelPage }),
  parcelNew: defineRoute<NoParams>({ section: 'parcels', view: ParcelFormPage, onNew: true }),
  parcelNewFor: defineRoute<{ prisonerId: number }>({ section: 'parcels', view: ParcelFormPage }),
  parcelEdit: defineRoute<{ id: number }>({ section: 'parcels', view: ParcelFormPage }),
};
