'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { ActionResult } from '@/lib/shared/action-result';
import {
  APPLICANT_KIND_LABELS,
  APPLICANT_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  DELIVERY_LABELS,
  deliveryForChannel,
  DELIVERY_METHODS,
  FORM_LABELS,
  FORMS,
  ID_TYPES,
  REQUEST_KIND_LABELS,
  REQUEST_KINDS,
} from '@/lib/cases/labels';
import { datesAskedFor } from '@/lib/cases/receipt-date';
import { intakeSchema, type Intake, type IntakeInput } from '@/lib/cases/schema';
import { Button } from '../ui/button';
import { Field, Input, inputClass, optionsOf, Select } from '../ui/field';
import { fieldsOf } from '../ui/form-field';
import { Notice } from '../ui/notice';
import { RelatedList, RelatedWhileTyping, type RelatedHint, type RelatedQuery } from './related-hints';

export type IntakeResult = ActionResult<{
  id: number;
  trackingNo: string;
  dueOn: string | null;
  receivedOn: string;
  provisional: boolean;
  receipt: { id: number; name: string; docNo: string } | null;
  receiptProblem: string | null;
  related: RelatedHint[];
}>;

export function IntakeForm({
  topics,
  action,
  findRelated,
  markDuplicate,
}: {
  topics: string[];
  action: (v: Intake) => Promise<IntakeResult>;
  findRelated: (q: RelatedQuery) => Promise<ActionResult<RelatedHint[]>>;
  markDuplicate: (caseId: number, otherId: number) => Promise<ActionResult>;
}) {
  const find = useCallback(
    async (q: RelatedQuery) => {
      const r = await findRelated(q);
      return r.ok ? (r.data ?? []) : [];
    },
    [findRelated],
  );
  const [result, setResult] = useState<IntakeResult | null>(null);
  const form = useForm<IntakeInput, unknown, Intake>({
    resolver: zodResolver(intakeSchema),
    defaultValues: {
      channel: 'letter',
      requestKind: 'application',
      ordinaryMail: false,
      applicant: { kind: 'natural', name: '', idType: '居民身份证' },
      formWanted: 'paper',
      deliveryWanted: 'post',
      topic: '',
    },
  });
  const { register, handleSubmit, control, formState, setError, reset, setValue } = form;
  const field = fieldsOf(form);
  const channel = useWatch({ control, name: 'channel' });
  const requestKind = useWatch({ control, name: 'requestKind' });
  // 获取方式 follows the channel (an e-mail application is answered by e-mail) until the clerk picks one.
  const [deliveryPicked, setDeliveryPicked] = useState(false);
  useEffect(() => {
    if (!deliveryPicked) setValue('deliveryWanted', deliveryForChannel(channel));
  }, [channel, deliveryPicked, setValue]);
  const ordinaryMail = useWatch({ control, name: 'ordinaryMail' }) ?? false;
  const kind = useWatch({ control, name: 'applicant.kind' });
  const [idNumber, name, phone, description] = useWatch({
    control,
    name: ['applicant.idNumber', 'applicant.name', 'applicant.phone', 'description'],
  });
  const e = formState.errors;

  async function onSubmit(values: Intake) {
    const res = await action(values);
    setResult(res);
    if (res.ok) {
      reset();
      setDeliveryPicked(false);
    } else for (const [f, message] of Object.entries(res.fieldErrors ?? {})) setError(f as keyof IntakeInput, { message });
  }

  if (result?.ok && result.data) {
    const d = result.data;
    return (
      <div className="space-y-3 rounded border border-green-300 bg-green-50 p-4" role="status">
        <p className="text-lg">
          已登记，编号{' '}
          <strong data-testid="tracking-no" className="font-mono">
            {d.trackingNo}
          </strong>
        </p>
        <p>
          收到申请日期 {d.receivedOn}，答复期限 <strong data-testid="due-on">{d.dueOn}</strong>
          {d.provisional ? '（暂定）' : ''}。
        </p>
        {d.related.length ? (
          <RelatedList hints={d.related} title="注意：可能是重复或相关的申请" duplicateOf={(other) => markDuplicate(d.id, other)} />
        ) : null}
        {d.receipt ? (
          <p data-testid="receipt">
            已出具{d.receipt.name}，文号 {d.receipt.docNo}：
            <a href={`/api/v1/documents/${d.receipt.id}`} className="ml-1 text-blue-700 underline" download>
              下载打印
            </a>
            <a href={`/api/v1/documents/${d.receipt.id}/preview`} className="ml-2 text-blue-700 underline" target="_blank" rel="noreferrer">
              预览
            </a>
          </p>
        ) : d.receiptProblem ? (
          <p className="text-amber-800">回执未能出具：{d.receiptProblem}</p>
        ) : null}
        <div className="flex gap-3">
          <Link href={`/cases/${d.id}`} className="text-blue-700 underline">
            打开案件
          </Link>
          <button type="button" className="text-blue-700 underline" onClick={() => setResult(null)}>
            继续登记
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="申请登记" className="space-y-5">
      {result && !result.ok ? <Notice kind="error">{result.message}</Notice> : null}
      <fieldset className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-medium">申请类型</legend>
        <div role="radiogroup" aria-label="申请类型" className="flex flex-wrap gap-4">
          {REQUEST_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-1 text-sm">
              <input type="radio" value={k} {...register('requestKind')} />
              {REQUEST_KIND_LABELS[k]}
              {k === 'rectification' ? '（《条例》第四十一条，单独编号）' : ''}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-medium">申请渠道与日期</legend>
        <div role="radiogroup" aria-label="申请渠道" className="flex flex-wrap gap-4">
          {CHANNELS.map((c) => (
            <label key={c} className="flex items-center gap-1 text-sm">
              <input type="radio" value={c} {...register('channel')} />
              {CHANNEL_LABELS[c]}
            </label>
          ))}
        </div>
        {channel === 'letter' ? (
          <label className="flex items-center gap-1 text-sm">
            <input type="checkbox" {...register('ordinaryMail')} />
            平信（无需签收，以与申请人确认之日为收到日期）
          </label>
        ) : null}
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          {datesAskedFor(channel, ordinaryMail).map((d) => (
            <Field key={d.field} label={d.label + (d.required ? '' : '（选填）')} htmlFor={d.field} error={e[d.field]?.message}>
              <Input id={d.field} type="date" {...register(d.field)} aria-invalid={!!e[d.field]} />
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3">
        <legend className="px-1 font-medium">申请人</legend>
        <Field label="申请人类型" htmlFor="kind" error={e.applicant?.kind?.message}>
          <Select id="kind" {...register('applicant.kind')} options={optionsOf(APPLICANT_KINDS, APPLICANT_KIND_LABELS)} />
        </Field>
        {field('applicant.name', kind === 'natural' ? '姓名' : '名称')}
        {kind === 'natural' ? (
          <>
            <Field label="证件类型" htmlFor="idType">
              <Select id="idType" {...register('applicant.idType')}>
                {ID_TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </Select>
            </Field>
            {field('applicant.idNumber', '证件号码')}
          </>
        ) : (
          <>
            {field('applicant.orgCode', '统一社会信用代码')}
            {field('applicant.contactPerson', '联系人')}
          </>
        )}
        {field('applicant.phone', '联系电话')}
        {field('applicant.email', '电子邮箱', { type: 'email' })}
        {field('applicant.address', '通信地址')}
        {field('applicant.postcode', '邮政编码')}
      </fieldset>

      <fieldset className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3">
        <legend className="px-1 font-medium">{requestKind === 'rectification' ? '要求更正的信息' : '所需信息'}</legend>
        <div className="md:col-span-3">
          <Field
            label={
              requestKind === 'rectification'
                ? '要求更正的政府信息记录、不准确之处和更正要求（证据材料登记后作为附件上传）'
                : '所需政府信息的名称、文号或便于查询的其他特征性描述'
            }
            htmlFor="description"
            error={e.description?.message}
          >
            <textarea id="description" rows={4} className={inputClass} {...register('description')} aria-invalid={!!e.description} />
          </Field>
        </div>
        <Field label="获取形式" htmlFor="formWanted">
          <Select id="formWanted" {...register('formWanted')} options={optionsOf(FORMS, FORM_LABELS)} />
        </Field>
        <Field label="获取方式" htmlFor="deliveryWanted">
          <Select
            id="deliveryWanted"
            {...register('deliveryWanted', { onChange: () => setDeliveryPicked(true) })}
            options={optionsOf(DELIVERY_METHODS, DELIVERY_LABELS)}
          />
        </Field>
        <Field label="主题" htmlFor="topic">
          <Select id="topic" {...register('topic')}>
            <option value="">（未分类）</option>
            {topics.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </Select>
        </Field>
        {requestKind === 'rectification' ? null : (
          <label className="flex items-center gap-2 md:col-span-3">
            <input type="checkbox" {...register('suggestPublish')} />
            申请人建议将该信息纳入主动公开（《条例》第四十四条）
          </label>
        )}
      </fieldset>
      <RelatedWhileTyping
        query={{ idNumber: idNumber ?? '', name: name ?? '', phone: phone ?? '', description: description ?? '' }}
        find={find}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? '正在登记…' : '登记'}
      </Button>
    </form>
  );
}
