import { apiRoute } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { readIssuedDocument } from '@/lib/documents/read-document';
import { docxToHtml } from '@/lib/documents/manage-templates';

/** An HTML rendering of an issued document (its strict Content-Security-Policy is set in next.config.js), for reading in the browser (masked for roles that see masked data). */
export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const doc = await readIssuedDocument(db(), idParam(id, '文书'), actor, 'preview');
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  let body = await docxToHtml(new Uint8Array(doc.file));
  for (const [full, masked] of doc.masks) body = body.split(esc(full)).join(esc(masked));
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${esc(doc.docNo)}</title>
<style>body{font-family:"FangSong","仿宋","Noto Serif CJK SC","SimSun",serif;max-width:42em;margin:2em auto;font-size:16pt;line-height:1.75}p:first-child{text-align:center;font-size:22pt;font-family:"SimSun","Noto Serif CJK SC",serif}</style>
<body>${body}</body></html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
});
