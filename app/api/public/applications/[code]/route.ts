import { publicRoute } from '@/lib/api/public-route';
import { db } from '@/lib/db/client';
import { applicationStatus } from '@/lib/portal/application-status';

export const GET = publicRoute<{ code: string }>(async (_req, address, { code }) => Response.json(await applicationStatus(db(), code, address)));
