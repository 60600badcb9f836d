import Link from 'next/link';
import { ReleaseDecision } from '@/components/released/release-decision';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { releasesPage } from '@/lib/released/releases-page';
import { formatCn } from '@/lib/shared/dates';
import { decideReleaseAction } from './actions';

export const metadata = { title: '依申请公开转主动公开' };

export default async function ReleasedPage() {
  const actor = await requirePage('/released');
  const { candidates, decided } = await releasesPage(db(), actor.agencyId);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">依申请公开转主动公开</h1>
      <p className="text-sm text-slate-600">
        多个申请人申请相同政府信息且可以公开的，可以纳入主动公开范围；申请人也可以建议（《条例》第四十四条）。以下是已予公开的申请中内容相近、公开了相同信息或文件、或申请人建议公开的，请逐组决定。公开后，公众可在
        <Link href="/apply/released" className="text-blue-700 underline">
          已公开信息
        </Link>
        中查看，网上申请时也会提示。
      </p>
      <h2 className="text-lg font-semibold">待决定（{candidates.length} 组）</h2>
      {candidates.length === 0 && <p>暂无待决定的信息。</p>}
      {candidates.map((g) => (
        <article
          key={g.cases[0].id}
          aria-label={`待决定：${g.cases[0].trackingNo} 等 ${g.cases.length} 件`}
          className="space-y-3 rounded border bg-white p-4"
        >
          <p className="text-sm">
            <span className="font-medium">{g.cases.length} 件申请</span>：{g.reasons.join('、')}
          </p>
          <ul className="space-y-1 text-sm">
            {g.cases.map((c) => (
              <li key={c.id}>
                <Link href={`/cases/${c.id}`} className="text-blue-700 underline">
                  {c.trackingNo}
                </Link>{' '}
                {c.description}
                {c.items.length > 0 && <span className="text-slate-600">（公开了：{c.items.join('、')}）</span>}
                <span className="text-slate-600"> · {formatCn(c.closedOn)}办结</span>
                {c.suggested && <span className="ml-1 rounded bg-amber-100 px-1">申请人建议公开</span>}
              </li>
            ))}
          </ul>
          <ReleaseDecision
            caseIds={g.cases.map((c) => c.id)}
            suggestedTitle={g.cases.flatMap((c) => c.items)[0] ?? ''}
            action={decideReleaseAction}
          />
        </article>
      ))}
      <h2 className="text-lg font-semibold">最近的决定</h2>
      {decided.length === 0 ? (
        <p>暂无。</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {decided.map((d) => (
            <li key={d.id}>
              {formatCn(d.decidedOn)} · {d.status === 'published' ? `纳入主动公开：${d.title}` : `不予主动公开：${d.reason}`}（{d.cases}{' '}
              件申请）
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
