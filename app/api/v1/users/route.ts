import { apiRoute, readJson } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { createUser, listUsers } from '@/lib/users/manage-users';
import { createUserSchema } from '@/lib/users/schema';

export const GET = apiRoute('users.manage', async () => Response.json({ users: await listUsers(db()) }));

export const POST = apiRoute('users.manage', async (req, actor) => {
  const input = createUserSchema.parse(await readJson(req));
  const user = await createUser(db(), input, actor.userId);
  return Response.json({ id: user.id, login: user.login, role: user.role }, { status: 201 });
});
