import { requirePage } from '@/lib/auth/session';

export const metadata = { title: '关于' };

/** What this is and who to ask; also the lightest page of the signed-in layout (the benchmark's ceiling). */
export default async function AboutPage() {
  await requirePage('/about');
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-semibold">关于信息公开申请办理台</h1>
      <p className="text-sm text-slate-600">
        依据《中华人民共和国政府信息公开条例》办理依申请公开：登记、期限、审核、答复、送达、复议诉讼与年度报表。使用中的问题请联系本机关系统管理员。
      </p>
    </section>
  );
}
