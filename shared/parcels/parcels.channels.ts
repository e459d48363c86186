/** Channel names of parcels: the Colis list, one parcel, its writes and its packing list. */
export const parcelsChannelNames = [
  'parcels:list',
  'parcels:get',
  'parcels:create',
  'parcels:update',
  'parcels:delete',
  'parcels:markHandled',
  'parcels:packingList',
] as const;
