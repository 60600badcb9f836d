'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import type { FieldSpec } from '@/lib/cases/steps/define';
import { Button } from '../ui/button';
import { Field, Input, inputClass, Select } from '../ui/field';
import { Notice } from '../ui/notice';
import { keepFields } from '../ui/keep-fields';
import { trustedHtml } from '@/components/html';

export interface StepOffer {
  type: string;
  on: string;
  label: string;
  fields: FieldSpec[];
  confirm?: string;
  /** Values to start from (a returned draft). */
  defaults?: Record<string, string | boolean>;
}

interface Props {
  caseId: number;
  version: number;
  today: string;
  /** The steps on offer, as the step table describes them (lib/cases/steps.ts). */
  actions: StepOffer[];
  dispositions: [string, string][];
  /** The office's active departments, for routing (转办). */
  departments?: [number, string][];
  /** The reply form's fields for each disposition (lib/cases/dispositions.ts replyFormFields). */
  replyFields: Record<string, string[]>;
  record: (caseId: number, input: Record<string, unknown>) => Promise<ActionResult>;
  preview: (caseId: number, input: Record<string, unknown>) => Promise<ActionResult<LetterPreview>>;
}

interface LetterPreview {
  name: string;
  html: string;
  problems: string[];
}

function valueOf(spec: FieldSpec, fd: FormData): unknown {
  const raw = fd.get(spec.name);
  switch (spec.kind) {
    case 'checkbox':
      return raw === 'on';
    case 'number':
      return raw === '' || raw === null ? undefined : Number(raw);
    case 'money':
      return raw === '' || raw === null ? null : Number(raw);
    case 'departments':
      return fd.getAll(spec.name).map(Number);
    case 'lines':
      return String(raw ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return raw === null ? undefined : String(raw);
  }
}

export function CaseActions({ caseId, version, today, actions, dispositions, departments = [], replyFields, record, preview }: Props) {
  const [openType, setOpen] = useState<string | null>(null);
  const open = actions.find((a) => a.type === openType) ?? null;
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  // The reply form shows the chosen disposition's fields only, and previews its letter on request.
  const [disposition, setDisposition] = useState('');
  const [letter, setLetter] = useState<ActionResult<LetterPreview> | null>(null);
  const shown = (step: StepOffer, spec: FieldSpec) =>
    step.type !== 'reply_submitted' || spec.name === 'disposition' || (replyFields[disposition] ?? []).includes(spec.name);
  if (actions.length === 0) {
    return (
      <div className="space-y-2">
        {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
        <p className="text-sm text-slate-500">当前没有您可以办理的操作。</p>
      </div>
    );
  }

  function fieldsOf(step: StepOffer, fd: FormData) {
    const values: Record<string, unknown> = {};
    for (const spec of step.fields) if (shown(step, spec)) values[spec.name] = valueOf(spec, fd);
    return values;
  }
  const inputOf = (step: StepOffer, fd: FormData) => ({ type: step.type, on: fd.get('on'), version, ...fieldsOf(step, fd) });

  function showPreview(step: StepOffer, form: HTMLFormElement | null) {
    if (!form) return;
    const reply = fieldsOf(step, new FormData(form));
    start(async () => setLetter(await preview(caseId, reply)));
  }

  function submit(step: StepOffer, fd: FormData) {
    if (step.confirm && !window.confirm(step.confirm)) return;
    const input = inputOf(step, fd);
    start(async () => {
      const res = await record(caseId, input);
      setResult(res);
      if (res.ok) setOpen(null);
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {actions.map((a) => (
          <Button
            key={a.type}
            type="button"
            variant={openType === a.type ? 'primary' : 'secondary'}
            onClick={() => {
              setOpen(a.type);
              setResult(null);
              setLetter(null);
              setDisposition(typeof a.defaults?.disposition === 'string' ? a.defaults.disposition : '');
            }}
          >
            {a.label}
          </Button>
        ))}
      </div>
      {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
      {open ? (
        <form
          key={open.type}
          aria-label={open.label}
          className="grid grid-cols-1 gap-3 rounded border border-blue-200 bg-blue-50/40 p-3 md:grid-cols-2"
          onSubmit={keepFields((fd) => submit(open, fd))}
        >
          <Field label="日期" htmlFor="ev-on">
            <Input id="ev-on" name="on" type="date" defaultValue={open.on} max={today} required />
          </Field>
          {open.fields
            .filter((spec) => shown(open, spec))
            .map((spec) => {
              const id = `ev-${spec.name}`;
              const options = spec.name === 'disposition' ? dispositions : spec.options;
              const initial = open.defaults?.[spec.name];
              return (
                <div key={spec.name} className={spec.kind === 'textarea' || spec.kind === 'lines' ? 'md:col-span-2' : ''}>
                  {spec.kind === 'departments' ? (
                    <fieldset className="space-y-1">
                      <legend className="text-sm font-medium text-slate-700">{spec.label}</legend>
                      {departments.map(([v, l]) => (
                        <label key={v} className="mr-4 inline-flex items-center gap-1 text-sm">
                          <input type="checkbox" name={spec.name} value={v} />
                          {l}
                        </label>
                      ))}
                    </fieldset>
                  ) : spec.kind === 'checkbox' ? (
                    <label className="flex items-center gap-2 text-sm">
                      <input id={id} name={spec.name} type="checkbox" defaultChecked={initial === true} />
                      {spec.label}
                    </label>
                  ) : (
                    <Field label={spec.label} htmlFor={id}>
                      {spec.kind === 'select' ? (
                        <Select
                          id={id}
                          name={spec.name}
                          defaultValue={typeof initial === 'string' ? initial : undefined}
                          required={spec.name === 'disposition'}
                          onChange={spec.name === 'disposition' ? (e) => setDisposition(e.target.value) : undefined}
                        >
                          {spec.name === 'disposition' ? <option value="">请选择答复类型</option> : null}
                          {options?.map(([v, l]) => (
                            <option key={v} value={v}>
                              {l}
                            </option>
                          ))}
                        </Select>
                      ) : spec.kind === 'textarea' || spec.kind === 'lines' ? (
                        <textarea
                          id={id}
                          name={spec.name}
                          rows={3}
                          className={inputClass}
                          defaultValue={typeof initial === 'string' ? initial : undefined}
                        />
                      ) : (
                        <Input
                          id={id}
                          name={spec.name}
                          type={spec.kind === 'date' ? 'date' : spec.kind === 'number' || spec.kind === 'money' ? 'number' : 'text'}
                          step={spec.kind === 'money' ? '0.01' : undefined}
                          defaultValue={typeof initial === 'string' ? initial : undefined}
                        />
                      )}
                    </Field>
                  )}
                </div>
              );
            })}
          <div className="md:col-span-2 flex gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? '正在保存…' : `确定：${open.label}`}
            </Button>
            {open.type === 'reply_submitted' && disposition ? (
              <Button type="button" variant="secondary" disabled={pending} onClick={(e) => showPreview(open, e.currentTarget.form)}>
                预览答复书
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
              取消
            </Button>
          </div>
          {letter && open.type === 'reply_submitted' ? (
            <section aria-label="答复书预览" className="md:col-span-2 rounded border border-slate-300 bg-white p-3">
              {letter.ok && letter.data ? (
                <>
                  <h3 className="font-medium">{letter.data.name}（预览，提交后送审）</h3>
                  {letter.data.problems.length ? <Notice kind="error">出具时将被拒绝：{letter.data.problems.join('；')}</Notice> : null}
                  <div className="mt-2 max-h-96 overflow-auto font-serif text-sm" dangerouslySetInnerHTML={trustedHtml(letter.data.html)} />
                </>
              ) : (
                <Notice kind="error">{letter.message}</Notice>
              )}
            </section>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
