import { apiRoute } from '@/lib/api/handler';
import { idParam, notFound } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { docxToHtml } from '@/lib/documents/manage-templates';

/** An HTML rendering of an issued document, for reading in the browser. */
export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const numericId = idParam(id, '文书');
  const doc = await db().document.findFirst({ where: { id: numericId, agencyId: actor.agencyId } });
  if (!doc) throw notFound('文书');
  const body = await docxToHtml(new Uint8Array(doc.file));
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${doc.docNo}</title>
<style>body{font-family:"FangSong","仿宋","Noto Serif CJK SC","SimSun",serif;max-width:42em;margin:2em auto;font-size:16pt;line-height:1.75}p:first-child{text-align:center;font-size:22pt;font-family:"SimSun","Noto Serif CJK SC",serif}</style>
<body>${body}</body></html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'" } });
});
