import { RestoreDefault, TemplateUpload } from '@/components/admin/template-upload';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { CLASS_NAMES, KINDS } from '@/lib/documents/catalog';
import { APPLICATION_FORMS } from '@/lib/documents/application-form-kinds';

import { listTemplates } from '@/lib/documents/manage-templates';
import { PLACEHOLDERS } from '@/lib/documents/placeholders';
import { activateTemplateAction, restoreDefaultAction, uploadTemplateAction } from './actions';
import { formatTimestamp } from '@/lib/shared/dates';

// The blank application forms, replaceable like the letters.
const FORM_ROWS = Object.entries(APPLICATION_FORMS).map(([id, name]) => ({ id, cls: '空白申请表', name }));

export const metadata = { title: '文书模板' };

export default async function TemplatesPage() {
  const actor = await requirePage('/admin/templates');
  const uploads = await listTemplates(db(), actor.agencyId);
  const active = new Map(uploads.filter((t) => t.status === 'active').map((t) => [t.kind, t]));
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-semibold">文书模板</h1>
      <p className="text-sm text-slate-600">系统内置 11 类 {KINDS.length} 种文书模板。可下载当前模板，在 Word 中加上本机关红头、调整文字（保留花括号占位符），再上传替换。上传时会检查文件和占位符，并用示例数据生成预览，确认后才启用；原模板保留。</p>
      <div className="rounded border border-slate-200 bg-white p-4"><TemplateUpload kinds={[...KINDS.map((k) => ({ id: k.id, name: `${CLASS_NAMES[k.cls]} — ${k.name}` })), ...FORM_ROWS.map((f) => ({ id: f.id, name: `申请表 — ${f.name}` }))]} upload={uploadTemplateAction} activate={activateTemplateAction} /></div>
      <table className="w-full bg-white text-sm">
        <thead><tr className="border-b text-left"><th className="p-2">类别</th><th className="p-2">文书</th><th className="p-2">当前使用</th><th className="p-2" /></tr></thead>
        <tbody>{[...KINDS.map((k) => ({ id: k.id, cls: `${k.cls}. ${CLASS_NAMES[k.cls]}`, name: k.name })), ...FORM_ROWS].map((k) => {
          const own = active.get(k.id);
          return (
            <tr key={k.id} className="border-b" data-kind={k.id}>
              <td className="p-2">{k.cls}</td><td className="p-2">{k.name}</td>
              <td className="p-2">{own ? `本机关模板（${own.fileName}，${formatTimestamp(own.uploadedAt)}）` : '系统默认'}</td>
              <td className="p-2 whitespace-nowrap"><a className="text-blue-700 underline" href={`/api/v1/templates/${k.id}`} download>下载</a>
                {own ? <span className="ml-2"><RestoreDefault kind={k.id} restore={restoreDefaultAction} /></span> : null}</td>
            </tr>
          );
        })}</tbody>
      </table>
      <details className="rounded border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium">可用的占位符</summary>
        <ul className="mt-2 grid grid-cols-2 gap-1 md:grid-cols-4">{Object.entries(PLACEHOLDERS).map(([k, v]) => <li key={k}><code>{`{${k}}`}</code> {v}</li>)}</ul>
        <p className="mt-2">公开的信息列表：在单独的段落中写 <code>{'{#items}'}</code>，下一段写 <code>{'{index}. {name}'}</code>，再下一段写 <code>{'{/items}'}</code>。</p>
      </details>
    </section>
  );
}
