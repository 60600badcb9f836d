'use client';

import Link from 'next/link';
import { useEffect, useState, useTransition } from 'react';
import type { RelatedCase, RelatedQuery } from '@/lib/cases/related-cases';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';

export type RelatedHint = RelatedCase;
export type { RelatedQuery };

/** While typing: the applicant's other cases and similar applications, each a link. */
export function RelatedWhileTyping({ query, find }: { query: RelatedQuery; find: (q: RelatedQuery) => Promise<RelatedHint[]> }) {
  const [hints, setHints] = useState<RelatedHint[]>([]);
  const key = JSON.stringify(query);
  useEffect(() => {
    const q = JSON.parse(key) as RelatedQuery;
    if (!q.idNumber && !(q.name && q.phone) && (q.description ?? '').length < 6) return;
    let live = true;
    const t = setTimeout(
      () =>
        find(q).then(
          (h) => live && setHints(h),
          () => undefined,
        ),
      600,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key, find]);
  return hints.length ? <RelatedList hints={hints} title="可能相关的申请" /> : null;
}

export function RelatedList({
  hints,
  title,
  duplicateOf,
}: {
  hints: RelatedHint[];
  title: string;
  duplicateOf?: (otherId: number) => Promise<ActionResult>;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="related" role="note" aria-label={title}>
      <p className="font-medium">{title}</p>
      <ul className="mt-1 space-y-1">
        {hints.map((h) => (
          <li key={h.id} className="flex flex-wrap items-center gap-2">
            <Link href={`/cases/${h.id}`} className="font-mono text-blue-700 underline" target="_blank">
              {h.trackingNo}
            </Link>
            <span>
              {h.receivedOn} 收到 · {h.reason}
            </span>
            {duplicateOf ? (
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() => {
                  // A reply that ends the case: asked once, like every other final step.
                  if (!window.confirm(`确认将本案按重复申请（与 ${h.trackingNo} 相同）提交不予处理答复送审？`)) return;
                  start(async () => setResult(await duplicateOf(h.id)));
                }}
              >
                按重复申请处理
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {result ? <p className={result.ok ? 'mt-2 text-green-800' : 'mt-2 text-red-700'}>{result.message}</p> : null}
    </div>
  );
}
