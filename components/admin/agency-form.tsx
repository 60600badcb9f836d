'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, text } from '../ui/action-form';
import { Field, Input, Select } from '../ui/field';

const FIELDS: [string, string][] = [
  ['name', '机关名称'],
  ['shortName', '简称（用于文号）'],
  ['address', '地址'],
  ['postcode', '邮政编码'],
  ['phone', '联系电话'],
  ['email', '电子邮箱'],
  ['parentName', '本级人民政府（工作部门）或上一级机关名称'],
  ['reviewBody', '行政复议机关（留空则按层级确定）'],
  ['court', '管辖法院（救济条款）'],
  ['feePayment', '信息处理费缴费方式'],
];

export function AgencyForm({
  values,
  prefixes,
  classNames,
  levels,
  proposedReviewBody,
  action,
}: {
  values: Record<string, string>;
  prefixes: Record<string, string>;
  classNames: Record<number, string>;
  levels: Record<string, string>;
  proposedReviewBody: string;
  action: (input: unknown) => Promise<ActionResult>;
}) {
  return (
    <ActionForm
      label="机关信息"
      submit="保存"
      className="space-y-4"
      footerClass="flex items-center gap-3"
      send={(fd) => {
        const input: Record<string, unknown> = Object.fromEntries([...FIELDS.map(([k]) => k), 'level'].map((k) => [k, text(fd, k)]));
        input.prefixes = Object.fromEntries(Object.keys(prefixes).map((c) => [c, text(fd, `prefix-${c}`)]));
        input.routeWorkdays = text(fd, 'routeWorkdays');
        input.signoffRequired = fd.get('signoffRequired') === 'on';
        return action(input);
      }}
    >
      <div className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3">
        <Field label="机关层级（决定行政复议机关）" htmlFor="ag-level">
          <Select id="ag-level" name="level" defaultValue={values.level} options={Object.entries(levels)} />
        </Field>
        {FIELDS.map(([k, label]) => (
          <Field key={k} label={label} htmlFor={`ag-${k}`}>
            <Input id={`ag-${k}`} name={k} defaultValue={values[k] ?? ''} />
          </Field>
        ))}
        <p className="text-sm text-slate-600 md:col-span-3">
          按所选层级，文书中的行政复议机关为：{proposedReviewBody}（依《行政复议法》第二十四条至第二十七条；填写“行政复议机关”可另行指定）。
        </p>
      </div>
      <fieldset className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3">
        <legend className="px-1 font-medium">内部办理</legend>
        <Field label="转办默认期限（工作日）" htmlFor="ag-routeWorkdays">
          <Input id="ag-routeWorkdays" name="routeWorkdays" type="number" min={1} max={14} defaultValue={values.routeWorkdays ?? '5'} />
        </Field>
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="signoffRequired" defaultChecked={values.signoffRequired === 'on'} />
          答复须经领导签发后才能出具和送达
        </label>
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-4">
        <legend className="px-1 font-medium">文号前缀（例如：国土资依告〔2025〕17号 中的“国土资依告”）</legend>
        {Object.entries(prefixes).map(([c, p]) => (
          <Field key={c} label={`${c}. ${classNames[Number(c)]}`} htmlFor={`prefix-${c}`}>
            <Input id={`prefix-${c}`} name={`prefix-${c}`} defaultValue={p} />
          </Field>
        ))}
      </fieldset>
    </ActionForm>
  );
}
