import { apiRoute, readJson } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { createUser, listUsers } from '@/lib/users/manage-users';
import { createUserSchema } from '@/lib/users/schema';

export const GET = apiRoute('users.manage', async (_req, actor) => Response.json({ users: await listUsers(db(), actor.agencyId) }));

export const POST = apiRoute('users.manage', async (req, actor) => {
  const input = createUserSchema.parse(await readJson(req));
  const user = await createUser(db(), input, actor.userId, actor.agencyId);
  return Response.json({ id: user.id, login: user.login, role: user.role }, { status: 201 });
});
