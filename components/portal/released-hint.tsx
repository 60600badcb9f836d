'use client';

import { useEffect, useState } from 'react';
import { formatCn } from '@/lib/shared/dates';

interface Hint {
  id: number;
  title: string;
  publishedOn: string | null;
}

/**
 * While the applicant types the description, the office's already-published items it seems to ask
 * for (条例 art. 44): following one may answer them without an application. Asked 0.6 s after typing
 * stops, so a fast typist sends one request, not one a keystroke.
 */
export function ReleasedHint({ agencyId, description }: { agencyId: number | undefined; description: string | undefined }) {
  const [hints, setHints] = useState<Hint[]>([]);
  useEffect(() => {
    const d = (description ?? '').trim();
    if (!agencyId || [...d].length < 6) return;
    let live = true;
    const timer = setTimeout(() => {
      void fetch(`/api/public/released?agency=${agencyId}&description=${encodeURIComponent(d.slice(0, 500))}`, { cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { hints?: Hint[] } | null) => live && setHints(body?.hints ?? []))
        .catch(() => undefined);
    }, 600);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [agencyId, description]);
  const shown = [...(description ?? '').trim()].length >= 6 ? hints : [];
  return (
    <div role="status" aria-live="polite">
      {shown.length > 0 && (
        <div className="rounded border border-emerald-300 bg-emerald-50 p-3">
          <p className="font-medium">您要的信息可能已经公开，可直接查看，无需申请：</p>
          <ul className="mt-1 space-y-1">
            {shown.map((h) => (
              <li key={h.id}>
                该信息已公开：
                <a href={`/api/public/released/${h.id}/follow`} className="target text-blue-800 underline">
                  {h.title}
                </a>
                {h.publishedOn ? `（${formatCn(h.publishedOn)}公开）` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
