import Link from 'next/link';
import { ChecksList } from '@/components/reports/checks-list';
import { html } from '@/components/html';
import { RowsTable } from '@/components/dashboard/panels';
import { memoTables, ReportTable, reportTableHtml } from '@/components/reports/report-table';
import { ReportChooser } from '@/components/reports/report-chooser';
import { requirePage } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/cases/labels';
import { db } from '@/lib/db/client';
import { formatCn, formatTimestamp, fromDate, todayInChina, yearOf } from '@/lib/shared/dates';
import { loadCatalogue } from '@/lib/settings/dispositions';
import { layout } from '@/lib/statistics/layout';
import { pageYearFormat } from '@/lib/statistics/parse-params';
import { cachedRollup } from '@/lib/statistics/rollup';
import { agencyCellCases, cellValue, type CellRef } from '@/lib/statistics/rollup-drill';
import { idFromAddress } from '@/lib/shared/id-from-address';

export const metadata = { title: '年度报表汇总' };

function parseRef(p: Record<string, string | undefined>): CellRef | null {
  const m = /^(\d)\.([\w.]{1,40})\.(\d{1,2})$/.exec(p.cell ?? '');
  return m ? { section: +m[1], row: m[2], col: +m[3] } : null;
}

export default async function RollupPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage('/reports/tree');
  const p = await searchParams;
  const thisYear = yearOf(todayInChina());
  const { year, format } = pageYearFormat(p, thisYear);
  const r = await cachedRollup(db(), actor.agencyId, year, format);
  const ref = parseRef(p);
  const drillAgency = ref ? idFromAddress(p.agency) : null;
  const labels = drillAgency ? await loadCatalogue(db(), drillAgency) : null;
  const cases = drillAgency ? await agencyCellCases(db(), actor.agencyId, drillAgency, format, year, ref!, labels!) : null;
  const drilled = ref ? layout(format, {})[ref.section] : undefined;
  const base = `/reports/tree?year=${year}&format=${format}`;
  const failing = r.checks.filter((c) => !c.ok);
  const frozen = r.agencies.filter((a) => a.frozenAt).length;
  return (
    <section className="space-y-5">
      <div className="no-print flex flex-wrap items-end gap-3">
        <h1 className="text-2xl font-semibold">年度报表汇总（含下级机关）</h1>
        <ReportChooser year={year} format={format} thisYear={thisYear} />
        <div className="ml-auto flex gap-2 text-sm">
          <Link className="rounded border border-slate-300 bg-white px-3 py-1.5" href={`/reports?year=${year}&format=${format}`}>
            本机关报表
          </Link>
          <a
            className="rounded border border-slate-300 bg-white px-3 py-1.5"
            href={`/api/v1/reports/${year}/export?format=${format}&type=xlsx&scope=tree`}
            download
          >
            导出汇总 .xlsx
          </a>
          <a
            className="rounded border border-slate-300 bg-white px-3 py-1.5"
            href={`/api/v1/reports/${year}/annual-report?format=2021&scope=tree`}
            download
          >
            生成汇总年度报告（Word）
          </a>
        </div>
      </div>
      <p className="text-sm" data-testid="rollup-state">
        汇总 {r.agencies.length} 个机关，其中 {frozen} 个已冻结本年度报表（按冻结数字计入），{r.agencies.length - frozen}{' '}
        个未冻结（按当前数据计入）。
        {failing.length ? (
          <span className="text-red-700">汇总数有 {failing.length} 项一致性检查未通过。</span>
        ) : (
          <span className="text-green-800">汇总数一致性检查全部通过。</span>
        )}
      </p>
      <ReportTable
        html={memoTables(
          r,
          null,
          () =>
            html`${layout(format, r.cells).map((section, si) => reportTableHtml(section, si, (code, ci) => `${base}&cell=${si}.${code}.${ci}#drill`))}`,
        )}
      />
      {ref ? (
        <section id="drill" className="rounded border border-slate-200 bg-white p-4" aria-label="各机关数字">
          <h2 className="mb-2 font-semibold">
            “{drilled?.rows.find((x) => x.row.code === ref.row)?.row.label ?? '该栏目'}”
            {drilled?.columns[ref.col] ? `（${drilled.columns[ref.col]}）` : ''}
            在各机关的数字
          </h2>
          <RowsTable
            label="各机关数字"
            head={['机关', '数字', '报表状态']}
            rows={r.agencies.map((a) => ({
              key: a.id,
              cells: [
                `${'　'.repeat(a.depth)}${a.name}`,
                <Link key="v" className="text-blue-700 underline" href={`${base}&cell=${p.cell}&agency=${a.id}#cases`}>
                  {cellValue(format, a.cells, ref) ?? 0}
                </Link>,
                a.frozenAt ? `已于${formatTimestamp(a.frozenAt)}冻结` : '未冻结',
              ],
            }))}
          />
        </section>
      ) : null}
      {cases ? (
        <section id="cases" className="rounded border border-slate-200 bg-white p-4" aria-label="计入的案件">
          <h2 className="mb-2 font-semibold">
            {r.agencies.find((a) => a.id === drillAgency)?.name} 计入该栏目的案件（按当前数据，最多 200 件）
          </h2>
          <RowsTable
            label="计入的案件"
            head={['申请编号', '收到日期', '状态', '答复期限', '办结日期', '处理结果']}
            rows={cases.map((c) => ({
              key: c.id,
              cells: [
                c.trackingNo,
                formatCn(fromDate(c.receivedOn)),
                STATUS_LABELS[c.status],
                c.dueOn ? formatCn(fromDate(c.dueOn)) : '—',
                c.closedOn ? formatCn(fromDate(c.closedOn)) : '—',
                labels?.find((d) => d.code === c.dispositionCode)?.label ?? '—',
              ],
            }))}
          />
        </section>
      ) : drillAgency ? (
        <p className="text-sm text-red-700">该机关不在本机关的下级范围内。</p>
      ) : null}
      <section className="rounded border border-slate-200 bg-white p-4" aria-label="各机关报表状态">
        <h2 className="mb-2 font-semibold">各机关报表状态</h2>
        <RowsTable
          label="各机关报表状态"
          head={['机关', '本年度报表', '一致性检查']}
          rows={r.agencies.map((a) => ({
            key: a.id,
            cells: [
              `${'　'.repeat(a.depth)}${a.name}`,
              a.frozenAt ? `已于${formatTimestamp(a.frozenAt)}冻结` : '未冻结',
              a.checksFailing ? `${a.checksFailing} 项未通过` : '通过',
            ],
          }))}
        />
      </section>
      <ChecksList title="汇总数一致性检查" checks={r.checks} />
    </section>
  );
}
