import type { Handlers } from '../../../shared/contract';
import {
  deleteMember,
  findMember,
  insertMember,
  listMembers,
  updateMember,
} from '../../../db/registry/members.queries';
import { mustExist, requireChanged } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';

type MemberHandlers = Pick<Handlers, Extract<keyof Handlers, `members:${string}`>>;

export function membersHandlers(ctx: AppContext): MemberHandlers {
  return {
    'members:list': async () => listMembers(ctx.vault.db),

    'members:create': async (data) => {
      const db = ctx.vault.db;
      return mustExist(await findMember(db, await insertMember(db, data)), 'Member');
    },

    'members:update': async ({ id, member }) => {
      const db = ctx.vault.db;
      requireChanged(await updateMember(db, id, member), 'Member');
      return mustExist(await findMember(db, id), 'Member');
    },

    'members:delete': async ({ id }) => {
      requireChanged(await deleteMember(ctx.vault.db, id), 'Member');
      return {};
    },
  };
}
