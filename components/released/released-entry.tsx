import Link from 'next/link';
import type { PublishedItem } from '@/lib/released/public-register';
import { formatCn } from '@/lib/shared/dates';

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** One published item: what it is, who published it and when, and its files. */
export function ReleasedEntry({ item, heading = 'h2', link = true }: { item: PublishedItem; heading?: 'h1' | 'h2'; link?: boolean }) {
  const H = heading;
  return (
    <article className="space-y-2 rounded border border-slate-200 bg-white p-4" aria-labelledby={`released-${item.id}`}>
      <H id={`released-${item.id}`} className={heading === 'h1' ? 'text-2xl font-semibold' : 'text-lg font-semibold'}>
        {link ? (
          <Link href={`/apply/released/${item.id}`} className="text-blue-800 underline">
            {item.title}
          </Link>
        ) : (
          item.title
        )}
      </H>
      <p className="text-slate-700">
        {item.agency} · 公开日期 {item.publishedOn ? formatCn(item.publishedOn) : ''}
      </p>
      {item.summary && <p className="whitespace-pre-line">{item.summary}</p>}
      {item.files.length > 0 && (
        <ul className="space-y-1" aria-label="公开的文件">
          {item.files.map((f) => (
            <li key={f.id}>
              <a href={`/api/public/released/files/${f.id}`} className="target text-blue-700 underline">
                {f.fileName}
              </a>{' '}
              <span className="text-slate-600">（{size(f.size)}）</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
