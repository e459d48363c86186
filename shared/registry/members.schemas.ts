import { z } from 'zod';
import { id, optionalText, requiredLine } from '../common.schemas';
import { senderAddress } from '../settings/sender.schemas';

export const memberRoles = ['writer', 'treasurer', 'organizer', 'admin'] as const;

/** A pseudonym is enough: the group never has to store a member's real name. */
export const memberInput = z.strictObject({
  pseudonym: requiredLine(80),
  roles: z.array(z.enum(memberRoles)).max(memberRoles.length).default([]),
  active: z.boolean().default(true),
  notes: optionalText(2000),
  /** Optional: a member who agrees to receive replies gives a return address (the "member" sender profile). */
  postal: senderAddress.nullish().transform((v) => v ?? null),
});
export const memberUpdateInput = z.strictObject({ id, member: memberInput });
export const member = z.strictObject({
  id,
  pseudonym: z.string(),
  roles: z.array(z.enum(memberRoles)),
  active: z.boolean(),
  notes: z.string().nullable(),
  postal: senderAddress.nullable(),
});
export type Member = z.output<typeof member>;
