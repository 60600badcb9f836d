import Link from 'next/link';
import { cachedCount, officeLists } from '@/lib/cases/office-lists';
import { caseRowsHtml } from '@/components/cases/case-rows';
import { caseFiltersHtml } from '@/components/cases/case-filters';
import { can, ROLE_QUEUE } from '@/lib/auth/permissions';
import { requirePage } from '@/lib/auth/session';
import { COUNT_CAP, nullIfTooBroad, listCases, SEARCH_TOO_BROAD, type ListFilter } from '@/lib/cases/list-cases';
import { FILTER_KEYS, listParamProblems, parseListParams } from '@/lib/cases/list-params';
import { db } from '@/lib/db/client';
import { todayInChina } from '@/lib/shared/dates';
import { workdaysLeft } from '@/lib/deadlines/count-workdays';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { loadMapping } from '@/lib/statistics/build-report';
import { casesForCell } from '@/lib/statistics/cell-cases';
import { FORMAT_IDS, FORMAT_LABELS, KIND_HEADERS, rowLabel, type FormatId } from '@/lib/statistics/formats';

export const metadata = { title: '申请列表' };

const VIEW_TITLES = { mine: '我的案件', review: '待审核', all: '全部案件' } as const;

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage('/cases');
  const p = await searchParams;
  const defaultView = ROLE_QUEUE[actor.role];
  const parsed = parseListParams((k) => p[k], defaultView);
  // A date that doesn't exist is named above the list and left out of the filter.
  const paramProblems = listParamProblems(parsed);
  for (const { field } of paramProblems) delete parsed[field as keyof typeof parsed];
  const view = parsed.view!;
  // ?cell=2017:3.3.4.1&year=2017 lists the cases a year-end table cell counts.
  const [cellFormat, cellCode] = (p.cell ?? '').split(':');
  const cellWhere =
    p.cell && (FORMAT_IDS as string[]).includes(cellFormat) && /^\d{4}$/.test(p.year ?? '')
      ? casesForCell(db(), cellFormat as FormatId, cellCode, Number(p.year), await loadMapping(db(), actor.agencyId), p.kind)
      : undefined;
  // A clerk's own list opens on the open cases; closed ones are one filter away.
  const status = p.status ?? (view === 'mine' && !p.cell ? 'active' : undefined);
  const filter: ListFilter = { ...parsed, status, where: cellWhere ?? undefined };
  // A search too common to finish in time shows the form with the reason, not an error page.
  const [listed, counted, cal, { topics, dispositions, clerks }] = await Promise.all([
    listCases(db(), actor, filter).catch(nullIfTooBroad),
    cachedCount(db(), actor, filter).catch(nullIfTooBroad),
    cachedCalendar(db()),
    officeLists(db(), actor.agencyId),
  ]);
  const tooBroad = listed === null || counted === null;
  const { items, nextCursor } = listed ?? { items: [], nextCursor: null };
  const total = counted ?? 0;
  const exportQuery = new URLSearchParams(
    Object.entries({ view, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, k === 'status' ? status : parsed[k]])) }).filter(
      ([, v]) => v,
    ) as [string, string][],
  ).toString();
  const sortLink = (sort: string, label: string) => (
    <Link
      href={keep({ sort, cursor: '' })}
      aria-current={filter.sort === sort ? 'true' : undefined}
      className={`underline-offset-2 hover:underline ${filter.sort === sort ? 'font-semibold text-slate-900' : ''}`}
    >
      {label}
      {filter.sort === sort ? (sort === 'due' ? ' ↑' : ' ↓') : ''}
    </Link>
  );
  const today = todayInChina();
  const keep = (extra: Record<string, string>) =>
    '?' + new URLSearchParams(Object.entries({ ...p, ...extra }).filter(([, v]) => v) as [string, string][]).toString();

  return (
    <section className="space-y-4">
      <div className="flex items-center gap-3">
        <h1 className="text-2xl font-semibold">{VIEW_TITLES[view]}</h1>
        <nav aria-label="视图" className="flex gap-1 text-sm">
          {/* 我的案件 lists the cases assigned to the actor: only clerks are assigned cases. */}
          {(['mine', 'review', 'all'] as const)
            .filter((v) => v !== 'mine' || can(actor.role, 'cases.work'))
            .map((v) => (
              <Link
                key={v}
                href={`/cases?view=${v}`}
                aria-current={v === view ? 'page' : undefined}
                className={`rounded px-2 py-1 ${v === view ? 'bg-blue-700 text-white' : 'border border-slate-300 bg-white'}`}
              >
                {VIEW_TITLES[v]}
              </Link>
            ))}
        </nav>
        {can(actor.role, 'cases.create') ? (
          <Link href="/cases/new" className="ml-auto rounded bg-blue-700 px-3 py-1.5 text-sm text-white">
            登记申请
          </Link>
        ) : null}
      </div>
      {p.cell ? (
        <p className="rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm" data-testid="cell-filter">
          {cellWhere
            ? `${p.year}年度报表（${FORMAT_LABELS[cellFormat as FormatId]}）“${rowLabel(cellFormat as FormatId, cellCode)}”${p.kind && p.kind in KIND_HEADERS ? `（${KIND_HEADERS[p.kind as keyof typeof KIND_HEADERS]}）` : ''}所计入的案件`
            : '该栏目不是由案件统计的数字'}
          <Link href="/cases?view=all" className="ml-3 text-blue-700 underline">
            清除
          </Link>
        </p>
      ) : null}
      <form
        className="flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3 text-sm"
        role="search"
        aria-label="筛选"
        dangerouslySetInnerHTML={caseFiltersHtml({ p, view, status, sort: filter.sort, topics, dispositions, clerks })}
      />
      {paramProblems.map((x) => (
        <p key={x.field} role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {x.message}
        </p>
      ))}
      {tooBroad ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {SEARCH_TOO_BROAD}
        </p>
      ) : null}
      <div className="flex items-center gap-3 text-sm">
        <span data-testid="result-count">共 {total > COUNT_CAP ? `${COUNT_CAP}+` : total} 件</span>
        <a href={`/api/v1/requests/export?${exportQuery}&type=xlsx`} className="text-blue-700 underline" download>
          导出 Excel
        </a>
        <a href={`/api/v1/requests/export?${exportQuery}&type=csv`} className="text-blue-700 underline" download>
          导出 CSV
        </a>
      </div>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b text-left text-slate-600">
            <th className="p-2 whitespace-nowrap">{sortLink('newest', '编号')}</th>
            <th className="p-2">状态</th>
            <th className="p-2">渠道</th>
            <th className="p-2">申请人</th>
            <th className="p-2">所需信息</th>
            <th className="p-2 whitespace-nowrap">{sortLink('received', '收到日期')}</th>
            <th className="p-2 whitespace-nowrap">{sortLink('due', '答复期限')}</th>
            <th className="p-2">承办人</th>
          </tr>
        </thead>
        <tbody
          className="case-rows"
          dangerouslySetInnerHTML={caseRowsHtml(items, (c) =>
            c.dueOn && c.status !== 'closed' ? workdaysLeft(cal, today, c.dueOn) : null,
          )}
        />
      </table>
      <div className="flex justify-between text-sm">
        {p.cursor ? (
          <Link href={keep({ cursor: '' })} className="text-blue-700 underline">
            回到第一页
          </Link>
        ) : (
          <span />
        )}
        {nextCursor ? (
          <Link href={keep({ cursor: nextCursor })} className="text-blue-700 underline">
            下一页
          </Link>
        ) : null}
      </div>
    </section>
  );
}
