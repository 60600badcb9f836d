// Every markup writer, fed hostile text in every field it prints: nothing the text holds becomes
// markup. The writers are the only places markup is written as text (components/html.ts).
import { describe, expect, it } from 'vitest';
import { html, trustedHtml, type SafeHtml } from '@/components/html';
import { caseRowsHtml } from '@/components/cases/case-rows';
import { caseFiltersHtml } from '@/components/cases/case-filters';
import { caseAsideHtml } from '@/components/cases/case-aside';
import { timelineHtml } from '@/components/cases/timeline';
import { issuedDocumentsHtml } from '@/components/cases/issued-documents';
import { dueHtml } from '@/components/cases/due-cell';
import { reportTableHtml, rulesHtml } from '@/components/reports/report-table';
import type { ListItem } from '@/lib/cases/list-cases';
import type { Section } from '@/lib/statistics/layout';

const EVIL = `"'><script>alert(1)</script><img src=x onerror=alert(2)>&amp;`;

function expectInert(out: SafeHtml) {
  const s = out.__html;
  expect(s).not.toMatch(/<script|<img|"'>/i);
  // The text is there, escaped: < > " ' & each as an entity.
  expect(s).toContain('&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;');
}

const item: ListItem = {
  id: 7,
  trackingNo: EVIL,
  channel: 'letter',
  status: 'open',
  receivedOn: '2025-03-04',
  dueOn: '2025-04-01',
  dueProvisional: true,
  applicantName: EVIL,
  applicantKind: 'natural',
  description: EVIL,
  pendingReview: true,
  extensionDays: 0,
  version: 1,
  assignee: { name: EVIL },
};

describe('markup writers escape everything they are given', () => {
  it('the case list rows', () => expectInert(caseRowsHtml([item], () => -2)));

  it('the filter form', () =>
    expectInert(
      caseFiltersHtml({
        p: { q: EVIL, cell: EVIL, year: EVIL, kind: EVIL, topic: EVIL, receivedFrom: EVIL },
        view: EVIL,
        status: EVIL,
        sort: EVIL,
        topics: [{ name: EVIL }],
        dispositions: [{ code: EVIL, label: EVIL }],
        clerks: [{ id: 1, name: EVIL }],
      }),
    ));

  it("the case page's side column, timeline and letters", () => {
    expectInert(caseAsideHtml([EVIL], [[EVIL, EVIL]], true));
    expectInert(timelineHtml([{ id: '1', type: EVIL, label: EVIL, on: EVIL, at: EVIL, actor: EVIL, summary: EVIL }]));
    expectInert(
      issuedDocumentsHtml(
        [{ id: 1, name: EVIL, docNo: EVIL, version: 2, issuedAt: EVIL, issuedBy: EVIL, letterDate: EVIL, late: true }],
        true,
      ),
    );
    expectInert(html`${dueHtml({ dueOn: EVIL, left: 1, provisional: true })}`);
  });

  it('the year tables and the rules under them', () => {
    const section: Section = {
      title: EVIL,
      columns: [EVIL],
      rows: [{ row: { code: EVIL, label: EVIL, unit: EVIL, source: 'manual', indent: 0 }, values: [3] }],
    } as Section;
    expectInert(reportTableHtml(section, 0, () => EVIL, { heads: [EVIL], cells: () => [EVIL], drill: () => true }));
    expectInert(rulesHtml([EVIL], [{ code: EVIL, label: EVIL, cell2017: EVIL, cell2021: EVIL }]));
  });

  it('takes markup only from html`` itself or from trustedHtml by name, never a look-alike object', () => {
    const forged = { __html: '<script>alert(1)</script>' } as SafeHtml;
    expect(() => html`<p>${forged}</p>`).toThrow(TypeError);
    expect(html`<p>${trustedHtml('<b>x</b>')}</p>`.__html).toBe('<p><b>x</b></p>');
    expect(html`<p>${[html`<i>${'<'}</i>`, null, false, 0]}</p>`.__html).toBe('<p><i>&lt;</i>0</p>');
  });
});
