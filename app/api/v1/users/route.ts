import { apiRoute, readJson } from '@/lib/api/handler';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { createUser, listUsers, UserError } from '@/lib/users/manage-users';
import { createUserSchema } from '@/lib/users/schema';

export const GET = apiRoute('users.manage', async () => Response.json({ users: await listUsers(db()) }));

export const POST = apiRoute('users.manage', async (req, actor) => {
  const input = createUserSchema.parse(await readJson(req));
  try {
    const user = await createUser(db(), input, actor.userId);
    return Response.json({ id: user.id, login: user.login, role: user.role }, { status: 201 });
  } catch (err) {
    if (err instanceof UserError) throw new ApiError(err.code === 'conflict' ? 409 : 400, err.code, err.message);
    throw err;
  }
});
