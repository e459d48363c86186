import { z } from 'zod';
import { id, optionalText, requiredLine } from './common.schemas';

export const memberRoles = ['writer', 'treasurer', 'organizer', 'admin'] as const;

/** A pseudonym is enough: the group never has to store a member's real name. */
export const memberInput = z.strictObject({
  pseudonym: requiredLine(80),
  roles: z.array(z.enum(memberRoles)).max(memberRoles.length).default([]),
  active: z.boolean().default(true),
  notes: optionalText(2000),
});
export const memberUpdateInput = z.strictObject({ id, member: memberInput });
export const member = z.strictObject({
  id,
  pseudonym: z.string(),
  roles: z.array(z.enum(memberRoles)),
  active: z.boolean(),
  notes: z.string().nullable(),
});
export type Member = z.output<typeof member>;
