import { APPLICATION_FORMS } from '@/lib/documents/application-form-kinds';

/** Links to the office's blank application forms (natural person, organisation), to print and fill in. */
export function BlankForms({ agencyId }: { agencyId: number | undefined }) {
  if (!agencyId) return null;
  return (
    <p className="text-slate-700">
      也可以下载空白申请表，打印填写后当面提交、邮寄或者传真：
      {Object.entries(APPLICATION_FORMS).map(([kind, name]) => (
        <a key={kind} href={`/api/public/forms/${kind}?agency=${agencyId}`} className="target mx-1 text-blue-700 underline" download>
          {name.replace('政府信息公开', '')}
        </a>
      ))}
    </p>
  );
}
