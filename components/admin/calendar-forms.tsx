'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, text, useAction } from '../ui/action-form';
import { ConfirmButton } from '../ui/confirm-button';
import { Field, Input, Select } from '../ui/field';
import { ResultNotice } from '../ui/notice';

type Act = (input: unknown) => Promise<ActionResult>;
const BOX = 'grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4';

export function CalendarForms({ setDay, publishYear, pasteYear }: { setDay: Act; publishYear: Act; pasteYear: Act }) {
  // One answer for the three forms, shown above them.
  const shared = useAction();
  const yearFields = (id: string) => (
    <>
      <Field label="年份" htmlFor={`${id}-year`}>
        <Input id={`${id}-year`} name="year" type="number" required />
      </Field>
      <Field label="依据（通知文号）" htmlFor={`${id}-note`}>
        <Input id={`${id}-note`} name="note" placeholder="国办发明电〔2026〕X号" />
      </Field>
    </>
  );
  return (
    <div className="space-y-4">
      <ResultNotice result={shared.result} />
      <ActionForm
        label="调整某日"
        submit="保存此日"
        shared={shared}
        className={`${BOX} md:grid-cols-4 md:items-end`}
        send={(fd) => setDay({ date: text(fd, 'date'), work: fd.get('work') === 'work', name: text(fd, 'name') })}
      >
        <Field label="日期" htmlFor="cal-date">
          <Input id="cal-date" name="date" type="date" required />
        </Field>
        <Field label="安排" htmlFor="cal-work">
          <Select
            id="cal-work"
            name="work"
            options={[
              ['off', '放假'],
              ['work', '调休上班'],
            ]}
          />
        </Field>
        <Field label="名称" htmlFor="cal-name">
          <Input id="cal-name" name="name" placeholder="例如：春节" />
        </Field>
      </ActionForm>
      <ActionForm
        label="粘贴全年安排"
        submit="保存全年安排并标记已公布"
        shared={shared}
        className={`${BOX} md:grid-cols-3`}
        footerClass="md:col-span-3"
        send={(fd) => pasteYear({ year: Number(fd.get('year')), note: text(fd, 'note'), text: text(fd, 'text') })}
      >
        {yearFields('paste')}
        <div className="md:col-span-3">
          <Field label="全年安排（每行一日或一段：日期 放假/上班 名称）" htmlFor="paste-text">
            <textarea
              id="paste-text"
              name="text"
              rows={8}
              required
              className="w-full rounded border border-slate-300 px-2 py-1.5 font-mono text-sm"
              placeholder={'2027-01-01 放假 元旦\n2027-02-06至2027-02-12 放假 春节\n2027-02-14 上班 春节调休'}
            />
          </Field>
        </div>
      </ActionForm>
      <ActionForm
        label="登记年度安排"
        submit="标记该年安排已公布"
        shared={shared}
        className={`${BOX} md:grid-cols-3 md:items-end`}
        send={(fd) => publishYear({ year: Number(fd.get('year')), note: text(fd, 'note') })}
      >
        {yearFields('cal')}
      </ActionForm>
    </div>
  );
}

export function RemoveDayButton({ date, remove }: { date: string; remove: (date: string) => Promise<ActionResult> }) {
  return (
    <ConfirmButton question={`删除 ${date} 的调整？`} run={() => remove(date)} className="text-sm text-red-700 underline">
      删除
    </ConfirmButton>
  );
}
