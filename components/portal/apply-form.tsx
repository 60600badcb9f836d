'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  PUBLIC_DELIVERY,
  PUBLIC_ID_TYPES,
  PUBLIC_KINDS,
  publicApplicationSchema,
  type PublicApplication,
  type PublicApplicationInput,
} from '@/lib/portal/application-schema';
import { Button } from '../ui/button';
import { Field, inputClass, Select } from '../ui/field';
import { FileField } from '../ui/file-field';
import { fieldsOf } from '../ui/form-field';
import { ReleasedHint } from './released-hint';
import { BlankForms } from './blank-forms';

const FILE_FIELDS = [
  ['id_copy', '身份证明（复印件或照片）'],
  ['authorization', '授权委托书（代为申请时）'],
  ['other', '其他材料'],
] as const;

/** Whether this address must send a proof of work with its next submission. */
async function proofNeeded(): Promise<boolean> {
  const r = await fetch('/api/public/challenge', { cache: 'no-store' })
    .then((x) => x.json())
    .catch(() => null);
  return r?.required === true;
}

type AltchaElement = HTMLElement & { reset: () => void; verify: () => Promise<unknown> };

export function ApplyForm({ agencies, privacy }: { agencies: { id: number; name: string }[]; privacy: string }) {
  const [code, setCode] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PublicApplicationInput, unknown, PublicApplication>({
    resolver: zodResolver(publicApplicationSchema),
    defaultValues: {
      requestKind: 'application',
      kind: 'natural',
      idType: '居民身份证',
      formWanted: 'electronic',
      deliveryWanted: 'online',
      agencyId: agencies[0]?.id,
    },
  });
  const { register, handleSubmit, control, formState, setError } = form;
  const field = fieldsOf(form);
  const kind = useWatch({ control, name: 'kind' });
  const delivery = useWatch({ control, name: 'deliveryWanted' });
  const description = useWatch({ control, name: 'description' });
  const agencyId = useWatch({ control, name: 'agencyId' });
  const rectify = useWatch({ control, name: 'requestKind' }) === 'rectification';
  // The ALTCHA widget (a web component, loaded only when needed) solves the proof of work by
  // itself as soon as it appears; there is nothing for the applicant to read or type.
  const [needsProof, setNeedsProof] = useState(false);
  useEffect(() => {
    let live = true;
    void proofNeeded().then((n) => live && setNeedsProof(n));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (needsProof) void import('altcha/i18n/zh-cn').then(() => import('altcha'));
  }, [needsProof]);
  const freshProof = useCallback((form: HTMLFormElement | undefined) => {
    const w = form?.querySelector<AltchaElement>('altcha-widget');
    if (!w) return setNeedsProof(true);
    w.reset();
    void w.verify();
  }, []);
  const e = formState.errors;

  async function onSubmit(values: PublicApplication, ev?: React.BaseSyntheticEvent) {
    setFailure(null);
    const form = new FormData();
    const el = ev?.target as HTMLFormElement | undefined;
    const proof = el?.querySelector<HTMLInputElement>('input[name="altcha"]')?.value;
    if (needsProof && !proof) return setFailure('正在进行安全验证，请稍候几秒再提交');
    form.append('application', JSON.stringify(proof ? { ...values, challenge: proof } : values));
    for (const [name] of FILE_FIELDS) {
      const input = el?.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      for (const f of Array.from(input?.files ?? [])) form.append(name, f);
    }
    const res = await fetch('/api/public/applications', { method: 'POST', body: form });
    const body = await res.json().catch(() => null);
    if (res.status === 201) return setCode(body.queryCode);
    // A proof of work is asked for (or was used, or expired): the widget solves a fresh one.
    if (proof || body?.error?.details?.some((d: { field: string }) => d.field === 'challenge')) freshProof(el);
    for (const d of body?.error?.details ?? []) setError(d.field as keyof PublicApplicationInput, { message: d.message });
    setFailure(body?.error?.message ?? '提交失败，请稍后再试');
  }

  if (code) {
    return (
      <div className="space-y-3 rounded border border-green-300 bg-green-50 p-4" role="status" data-testid="submitted">
        <p className="text-lg">申请已提交。本机关确认后即登记受理，并计算答复期限。</p>
        <p>
          您的查询码：
          <strong className="font-mono text-xl" data-testid="query-code">
            {code}
          </strong>
        </p>
        <p className="text-sm text-slate-700">
          查询码只显示这一次，请抄写或打印保存；填写了电子邮箱的，也会发送到您的邮箱。凭查询码可在“申请查询”页面查看办理进度和下载答复。
        </p>
        <div className="no-print flex gap-3">
          <Button type="button" onClick={() => window.print()}>
            打印确认单
          </Button>
          <a href="/apply/status" className="text-blue-700 underline">
            申请查询
          </a>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="政府信息公开申请" className="space-y-5" encType="multipart/form-data">
      {agencies.length > 1 ? (
        <Field label="受理机关" htmlFor="agencyId" error={e.agencyId?.message}>
          <Select id="agencyId" {...register('agencyId', { valueAsNumber: true })} options={agencies.map((a) => [a.id, a.name] as const)} />
        </Field>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="mb-2 font-medium">申请事项</legend>
        <label className="flex items-center gap-2">
          <input type="radio" value="application" {...register('requestKind')} className="h-5 w-5" />
          申请获取政府信息
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="rectification" {...register('requestKind')} className="h-5 w-5" />
          要求更正本机关提供的与本人（本单位）相关的不准确的政府信息（《条例》第四十一条）
        </label>
      </fieldset>
      <BlankForms agencyId={agencyId} />
      <fieldset className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <legend className="mb-2 font-medium">申请人</legend>
        <Field label="申请人类型" htmlFor="kind">
          <Select
            id="kind"
            {...register('kind')}
            options={Object.entries(PUBLIC_KINDS).map(([v, l]) => [v, v === 'natural' ? l : `法人或其他组织：${l}`] as const)}
          />
        </Field>
        {field('name', kind === 'natural' ? '姓名' : '名称', { required: true })}
        {kind === 'natural' ? (
          <>
            <Field label="证件类型" htmlFor="idType" error={e.idType?.message} required>
              <Select id="idType" {...register('idType')}>
                {PUBLIC_ID_TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </Select>
            </Field>
            {field('idNumber', '证件号码', { required: true })}
          </>
        ) : (
          <>
            {field('orgCode', '统一社会信用代码', { required: true })}
            {field('contactPerson', '联系人', { required: true })}
          </>
        )}
        {field('phone', '联系电话', { type: 'tel', required: true })}
        {field('email', '电子邮箱', { type: 'email', required: delivery === 'email' })}
        {field('address', '通信地址', { required: delivery === 'post' })}
        {field('postcode', '邮政编码', { inputMode: 'numeric' })}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium">{rectify ? '要求更正的信息' : '所需政府信息'}</legend>
        <Field
          label={
            rectify
              ? '要求更正的政府信息、不准确之处和应当如何更正（证明材料请在下方作为附件上传）'
              : '所需政府信息的名称、文号或者便于查询的其他特征性描述'
          }
          htmlFor="description"
          error={e.description?.message}
          required
        >
          <textarea id="description" rows={4} className={inputClass} {...register('description')} aria-invalid={!!e.description} />
        </Field>
        {rectify ? null : (
          <>
            <ReleasedHint agencyId={agencyId} description={description} />
            <label className="flex items-center gap-2">
              <input type="checkbox" {...register('suggestPublish')} className="h-5 w-5" />
              我建议将该信息主动公开，方便其他人查阅（《条例》第四十四条）
            </label>
          </>
        )}
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <Field label="获取信息的形式" htmlFor="formWanted">
            <Select id="formWanted" {...register('formWanted')}>
              <option value="electronic">电子</option>
              <option value="paper">纸质</option>
            </Select>
          </Field>
          <Field label="获取信息的方式" htmlFor="deliveryWanted" error={e.deliveryWanted?.message}>
            <Select id="deliveryWanted" {...register('deliveryWanted')} options={Object.entries(PUBLIC_DELIVERY)} />
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-2 font-medium">附件（PDF、JPG 或 PNG，每个不超过 10 MB，共不超过 5 个）</legend>
        {FILE_FIELDS.map(([name, label]) => (
          <FileField
            key={name}
            name={name}
            label={label}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            multiple={name === 'other'}
          />
        ))}
      </fieldset>
      {/* A field people never see; only bots fill it. */}
      <div aria-hidden className="absolute -left-[9999px]">
        <label>
          网站
          <input tabIndex={-1} autoComplete="off" {...register('website')} />
        </label>
      </div>
      <div className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
        <p className="mb-2 font-medium">个人信息使用说明</p>
        <p className="text-slate-700">{privacy}</p>
        <label className="mt-2 flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            {...register('consent')}
            aria-required
            aria-invalid={!!e.consent}
            aria-describedby={e.consent ? 'consent-error' : undefined}
          />
          我已阅读并同意
          <span className="text-red-700">
            <span aria-hidden>*</span>
            <span className="sr-only">（必填）</span>
          </span>
        </label>
        {e.consent ? (
          <p id="consent-error" role="alert" className="text-red-700">
            {e.consent.message}
          </p>
        ) : null}
      </div>
      {needsProof ? (
        <div data-testid="challenge" className="max-w-sm">
          <altcha-widget
            challenge="/api/public/challenge?widget=1"
            language="zh-cn"
            auto="onload"
            name="altcha"
            configuration='{"hideFooter":true,"hideLogo":true}'
          />
          <p className="mt-1 text-sm text-slate-700">为防止恶意批量提交，浏览器会自动完成一次安全验证，无需输入任何内容。</p>
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="text-red-700" data-testid="submit-failure">
          {failure}
        </p>
      ) : null}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? '正在提交…' : '提交申请'}
      </Button>
    </form>
  );
}
