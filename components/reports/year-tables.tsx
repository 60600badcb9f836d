'use client';
import { useEffect, useRef } from 'react';
import { cellCasesHref } from '@/lib/statistics/cell-href';
import type { FormatId } from '@/lib/statistics/formats';
import type { SafeHtml } from '@/components/html';

/**
 * The year's tables (markup from reportTableHtml) with each number of a linked row (data-drill)
 * made a link to the cases it counts once the page is live. Written on the server, the ~200 links
 * were a third of the year page's bytes, and every byte of this markup is sent twice (the HTML and
 * React's copy of the page).
 */
export function YearTables({ html, format, year }: { html: SafeHtml; format: FormatId; year: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const tr of ref.current?.querySelectorAll<HTMLElement>('tr[data-drill]') ?? []) {
      const cells = tr.querySelectorAll<HTMLElement>('td[data-col]');
      for (const td of cells) {
        if (!td.textContent || td.firstElementChild) continue;
        const a = document.createElement('a');
        a.href = cellCasesHref(format, year, tr.dataset.code!, Number(td.dataset.col), cells.length);
        a.textContent = td.textContent;
        td.replaceChildren(a);
      }
    }
  }, [html, format, year]);
  return <div ref={ref} dangerouslySetInnerHTML={html} />;
}
