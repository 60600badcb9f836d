import crypto from 'node:crypto';
import { db } from '@/lib/db/client';
import { collectDatabaseFigures } from '@/lib/db/metrics-figures';
import { metrics } from '@/lib/runtime/metrics.mjs';

export const dynamic = 'force-dynamic';

const refuse = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });

/** Prometheus text format for the operator's scraper, behind METRICS_TOKEN (a bearer token). */
export async function GET(req: Request) {
  const token = process.env.METRICS_TOKEN;
  if (!token) return refuse(404, 'not_found', '未启用运行指标（未设置 METRICS_TOKEN）');
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.get('authorization') ?? '')?.[1] ?? '');
  const want = Buffer.from(token);
  if (given.length !== want.length || !crypto.timingSafeEqual(given, want)) return refuse(401, 'unauthorized', '运行指标需要正确的令牌');
  const { registry } = metrics();
  await collectDatabaseFigures(db(), registry);
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } });
}
