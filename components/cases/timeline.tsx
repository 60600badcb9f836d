export interface TimelineItem {
  id: string;
  type: string;
  label: string;
  on: string;
  at: string;
  actor: string | null;
  summary: string;
}

export function Timeline({ items }: { items: TimelineItem[] }) {
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-4" aria-label="办理记录">
      {items.map((e) => (
        <li key={e.id} className="relative text-sm" data-event={e.type}>
          <span className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-blue-600" aria-hidden />
          <span className="font-medium">{e.label}</span>
          <span className="ml-2 text-slate-500">{e.on}</span>
          <span className="ml-2 text-xs text-slate-400">
            {e.actor ?? '系统'} · 记录于 {e.at}
          </span>
          {e.summary ? <p className="mt-0.5 whitespace-pre-wrap text-slate-700">{e.summary}</p> : null}
        </li>
      ))}
    </ol>
  );
}
