// The case page's side column — how the due date was worked out, and the application's details —
// written as markup (components/html.ts): read-only, some fifty elements on every case view.
import { html } from '@/components/html';

const SECTION = 'rounded border border-slate-200 bg-white p-4';

export function caseAsideHtml(trace: string[], info: [label: string, value: string][], masked: boolean) {
  return html`<section class="${SECTION}">
      <h2 class="mb-2 font-semibold">期限计算过程</h2>
      <ol class="list-decimal space-y-1 pl-5 text-sm" data-testid="due-trace">
        ${trace.map((t) => html`<li>${t}</li>`)}
      </ol>
    </section>
    <section class="${SECTION}">
      <h2 class="mb-2 font-semibold">申请信息</h2>
      <dl class="grid grid-cols-3 gap-x-2 gap-y-1 text-sm">
        ${info.map(
          ([k, v]) =>
            html`<div class="contents">
              <dt class="text-slate-500">${k}</dt>
              <dd class="col-span-2">${v}</dd>
            </div>`,
        )}
      </dl>
      ${masked && html`<p class="mt-2 text-xs text-slate-500">证件号码和电话已部分隐藏。</p>`}
    </section>`;
}
