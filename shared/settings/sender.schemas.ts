import { z } from 'zod';
import { requiredLine } from '../common.schemas';
import { postalAddress } from '../registry/facilities.schemas';

/** A return address: the name line printed above it (a group name, a pseudonym) and the address itself. */
export const senderAddress = z.strictObject({
  name: requiredLine(160),
  address: postalAddress,
});
export type SenderAddress = z.output<typeof senderAddress>;
export type SenderAddressInput = z.input<typeof senderAddress>;
