// The manager's form, read into a decision: which button, the texts and the files.
import { DomainError } from '@/lib/shared/errors';
import type { ReleaseDecision } from './decide-release';

const field = (form: FormData, name: string, max: number, label: string) => {
  const v = String(form.get(name) ?? '').trim();
  if (v.length > max) throw new DomainError('invalid', `${label}不超过 ${max} 个字符`, name);
  return v;
};

export async function releaseFromForm(caseIds: number[], form: unknown): Promise<ReleaseDecision> {
  if (!(form instanceof FormData)) throw new DomainError('invalid', '表单无法读取');
  if (form.get('decision') === 'decline') return { publish: false, caseIds, reason: field(form, 'reason', 1000, '理由') };
  if (form.get('checked') !== 'on')
    throw new DomainError('invalid', '请先核对文件已删除个人信息（姓名、证件号码、联系方式、住址等）', 'checked');
  const files = [];
  for (const f of form.getAll('files'))
    if (typeof f !== 'string' && f.size > 0) files.push({ name: f.name || '文件', bytes: new Uint8Array(await f.arrayBuffer()) });
  return {
    publish: true,
    caseIds,
    title: field(form, 'title', 200, '名称'),
    summary: field(form, 'summary', 2000, '说明'),
    files,
  };
}
