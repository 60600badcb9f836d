import { ApplyForm } from '@/components/portal/apply-form';
import { PRIVACY_STATEMENT } from '@/lib/portal/application-schema';
import { db } from '@/lib/db/client';
import { publicAgencies } from '@/lib/portal/submit-application';

export const metadata = { title: '政府信息公开网上申请' };
export const dynamic = 'force-dynamic';

export default async function ApplyPage() {
  const agencies = await publicAgencies(db());
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">政府信息公开申请</h1>
      <p className="text-sm text-slate-600">
        依据《中华人民共和国政府信息公开条例》第二十九条，请填写申请人信息和所需政府信息的名称、文号或者便于查询的其他特征性描述。网上提交的申请，自本机关与您确认之日起视为收到（第三十一条）。
      </p>
      <ApplyForm agencies={agencies} privacy={PRIVACY_STATEMENT} />
    </section>
  );
}
