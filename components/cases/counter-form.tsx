'use client';

import Link from 'next/link';
import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, text } from '../ui/action-form';
import { inputClass } from '../ui/field';

type Send = (intake: Record<string, unknown>, reply: Record<string, unknown>) => Promise<ActionResult<{ id: number; trackingNo: string }>>;

const lines = (v: string) =>
  v
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

function Input({ name, label, required, type = 'text' }: { name: string; label: string; required?: boolean; type?: string }) {
  return (
    <label className="block">
      <span className="font-medium">
        {label}
        {required ? <span className="text-red-700">（必填）</span> : null}
      </span>
      <input name={name} type={type} className={inputClass} />
    </label>
  );
}

/** The counter: who applied, what for, and what they were told or given there and then. */
export function CounterForm({ action, dispositions }: { action: Send; dispositions: [string, string][] }) {
  return (
    <ActionForm<{ id: number; trackingNo: string }>
      label="当场答复"
      submit="登记并当场答复"
      className="space-y-4"
      send={(fd) =>
        action(
          {
            applicant: {
              kind: 'natural',
              name: text(fd, 'name'),
              idType: '居民身份证',
              idNumber: text(fd, 'idNumber'),
              phone: text(fd, 'phone'),
            },
            description: text(fd, 'description'),
            formWanted: 'paper',
            deliveryWanted: 'pickup',
          },
          {
            disposition: text(fd, 'disposition'),
            answer: text(fd, 'answer'),
            items: lines(text(fd, 'items')),
            referToName: text(fd, 'referToName'),
            referToContact: text(fd, 'referToContact'),
            secrecyReviewed: fd.get('secrecyReviewed') === 'on',
          },
        )
      }
      after={(r) =>
        r?.ok && r.data ? (
          <p>
            <Link href={`/cases/${r.data.id}/counter-record`} className="font-medium text-blue-700 underline">
              打印当场答复记录（{r.data.trackingNo}）
            </Link>
          </p>
        ) : null
      }
    >
      <p className="text-sm text-slate-600">
        申请人当面提出、能够当场答复的申请（《条例》第三十三条第一款）：登记后当场答复，当天收到、当天办结，并打印当场答复记录由申请人签字。需要书面答复、征求意见或转办的申请，请使用“登记申请”。
      </p>
      <fieldset className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <legend className="mb-2 font-medium">申请人（当面提出）</legend>
        <Input name="name" label="姓名" required />
        <Input name="idNumber" label="居民身份证号码" />
        <Input name="phone" label="联系电话" type="tel" />
      </fieldset>
      <label className="block">
        <span className="font-medium">
          所需政府信息<span className="text-red-700">（必填）</span>
        </span>
        <textarea name="description" rows={2} className={inputClass} />
      </label>
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium">当场答复</legend>
        <label className="block">
          <span className="font-medium">答复类型</span>
          <select name="disposition" className={inputClass}>
            {dispositions.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">
            当场答复的内容<span className="text-red-700">（必填）</span>
          </span>
          <textarea name="answer" rows={3} className={inputClass} />
        </label>
        <label className="block">
          <span className="font-medium">当场提供的信息（每行一项）</span>
          <textarea name="items" rows={2} className={inputClass} />
        </label>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <Input name="referToName" label="负责公开的机关（非本机关掌握时填写）" />
          <Input name="referToContact" label="该机关联系方式" />
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="secrecyReviewed" />
          已对当场提供的信息进行保密审查（条例第十七条）
        </label>
      </fieldset>
    </ActionForm>
  );
}
