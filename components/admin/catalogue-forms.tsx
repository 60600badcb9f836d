'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { text, useAction } from '../ui/action-form';
import { Button } from '../ui/button';
import { inputClass, Select } from '../ui/field';
import { ResultNotice } from '../ui/notice';

type Cell = { code: string; label: string };
export interface DispositionView {
  code: string;
  label: string;
  active: boolean;
  cell2017: string;
  cell2021: string;
}

/** One row of the catalogue: wording, offered or retired, and the cell it counts in per format. */
export function DispositionRow({
  d,
  cells,
  save,
}: {
  d: DispositionView;
  cells: { '2017': Cell[]; '2021': Cell[] };
  save: (code: string, input: unknown) => Promise<ActionResult>;
}) {
  const { pending, result, run } = useAction();
  const cellOptions = {
    '2017': cells['2017'].map((c) => [c.code, c.label] as const),
    '2021': cells['2021'].map((c) => [c.code, c.label] as const),
  };
  const [c17, setC17] = useState(d.cell2017);
  const [c21, setC21] = useState(d.cell2021);
  const moved = c17 !== d.cell2017 || c21 !== d.cell2021;
  return (
    <tr className="border-b align-top" data-code={d.code}>
      <td colSpan={5} className="p-0">
        <form
          aria-label={`处理结果：${d.label}`}
          className="grid grid-cols-[2fr_auto_1.5fr_1.5fr_auto] items-start gap-2 p-2"
          onSubmit={(e) => {
            e.preventDefault();
            const fd = new FormData(e.currentTarget);
            run(() =>
              save(d.code, {
                label: text(fd, 'label'),
                active: fd.get('active') === 'on',
                cell2017: c17,
                cell2021: c21,
                confirmMapping: fd.get('confirm') === 'on',
              }),
            );
          }}
        >
          <input name="label" aria-label="名称" defaultValue={d.label} className={inputClass} required maxLength={60} />
          <label className="flex items-center gap-1 whitespace-nowrap text-sm">
            <input type="checkbox" name="active" defaultChecked={d.active} /> 启用
          </label>
          <Select aria-label="2017年格式栏目" value={c17} onChange={(e) => setC17(e.target.value)} options={cellOptions['2017']} />
          <Select aria-label="2021年格式栏目" value={c21} onChange={(e) => setC21(e.target.value)} options={cellOptions['2021']} />
          <Button type="submit" disabled={pending}>
            保存
          </Button>
          {moved ? (
            // The alert wraps the label: a label given a role stops being a label to assistive tools.
            <div className="col-span-5" role="alert">
              <label className="flex items-center gap-2 text-sm text-amber-800">
                <input type="checkbox" name="confirm" />
                更改统计栏目会改变本机关所有未冻结年度报表中的数字（已冻结的报表不变）。我已知晓，确认更改。
              </label>
            </div>
          ) : null}
          <div className="col-span-5">
            <ResultNotice result={result} />
          </div>
        </form>
      </td>
    </tr>
  );
}

/** A list of named things an office keeps (intake topics, its departments): add, rename, retire. */
export function TopicForms({
  topics,
  add,
  save,
  words = { thing: '主题', addLabel: '新主题名称', placeholder: '例如：不动产登记', maxLength: 30 },
}: {
  topics: { id: number; name: string; active: boolean }[];
  add: (input: unknown) => Promise<ActionResult>;
  save: (id: number, input: unknown) => Promise<ActionResult>;
  words?: { thing: string; addLabel: string; placeholder: string; maxLength: number };
}) {
  const { pending, result, run } = useAction();
  return (
    <div className="space-y-3">
      <ResultNotice result={result} />
      <form
        aria-label={`新增${words.thing}`}
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const name = text(new FormData(form), 'name');
          run(async () => {
            const r = await add({ name });
            if (r.ok) form.reset();
            return r;
          });
        }}
      >
        <input
          name="name"
          aria-label={words.addLabel}
          placeholder={words.placeholder}
          className={inputClass}
          required
          maxLength={words.maxLength}
        />
        <Button type="submit" disabled={pending}>
          新增
        </Button>
      </form>
      <ul className="divide-y rounded border border-slate-200 bg-white">
        {topics.length === 0 ? <li className="p-2 text-sm text-slate-500">暂无</li> : null}
        {topics.map((t) => (
          <li key={t.id}>
            <form
              aria-label={`${words.thing}：${t.name}`}
              className="flex items-center gap-2 p-2"
              onSubmit={(e) => {
                e.preventDefault();
                const fd = new FormData(e.currentTarget);
                run(() => save(t.id, { name: text(fd, 'name'), active: fd.get('active') === 'on' }));
              }}
            >
              <input name="name" aria-label="名称" defaultValue={t.name} className={inputClass} required maxLength={words.maxLength} />
              <label className="flex items-center gap-1 whitespace-nowrap text-sm">
                <input type="checkbox" name="active" defaultChecked={t.active} /> 启用
              </label>
              <Button type="submit" disabled={pending}>
                保存
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
