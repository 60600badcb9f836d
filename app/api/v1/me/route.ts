import { apiRoute } from '@/lib/api/handler';

export const GET = apiRoute('dashboard.view', async (_req, actor) =>
  Response.json({ id: actor.userId, login: actor.login, name: actor.name, role: actor.role }),
);
