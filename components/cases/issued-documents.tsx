import { html } from '@/components/html';
import { Markup } from '@/components/markup';

export interface IssuedDoc {
  id: number;
  name: string;
  docNo: string;
  version: number;
  issuedAt: string;
  issuedBy: string;
  letterDate: string;
  late: boolean;
}

/**
 * The letters a case has had, newest first, written as markup: nothing in it changes in the browser,
 * and as a client component's table (elements per cell, sent again as props) it was the largest
 * part of the case page's cost after the timeline. Styled by .doc-table in app/globals.css.
 * `download`: whether the role may have the .docx (it holds the full ID number; else the masked preview only).
 */
export function issuedDocumentsHtml(docs: IssuedDoc[], download: boolean) {
  return html`<table class="doc-table" aria-label="已出具的文书">
    <thead>
      <tr>
        <th>文书</th>
        <th>文号</th>
        <th>文书日期</th>
        <th>出具</th>
        <th></th>
      </tr>
    </thead>
    <tbody>
      ${docs.map(
        (d) =>
          html`<tr data-doc="${d.docNo}">
            <td>${d.name}${d.version > 1 && html`（第 ${d.version} 版）`}</td>
            <td>${d.docNo}</td>
            <td>${d.letterDate}${d.late && html`<em>逾期</em>`}</td>
            <td>${d.issuedBy} ${d.issuedAt}</td>
            <td>
              <a href="/api/v1/documents/${d.id}/preview" target="_blank" rel="noreferrer">预览</a>${
                download && html`<a href="/api/v1/documents/${d.id}" download>下载</a>`
              }
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function IssuedDocuments({ docs, download }: { docs: IssuedDoc[]; download: boolean }) {
  if (!docs.length) return <p className="mt-3 text-sm text-slate-500">尚未出具文书。</p>;
  return <Markup html={issuedDocumentsHtml(docs, download)} />;
}
