'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/shared/action-result';
import { changePasswordSchema } from '@/lib/users/schema';
import { Button } from '../ui/button';
import { Field, Input } from '../ui/field';
import { Notice } from '../ui/notice';

type Values = z.input<typeof changePasswordSchema>;

export function ChangePasswordForm({ action }: { action: (input: Values) => Promise<ActionResult> }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Values>({ resolver: zodResolver(changePasswordSchema) });
  async function onSubmit(values: Values) {
    const res = await action(values);
    setResult(res);
    if (res.ok) reset({ current: '', next: '', confirm: '' });
    else for (const [field, message] of Object.entries(res.fieldErrors ?? {})) setError(field as keyof Values, { message });
  }
  const e = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="修改密码" className="space-y-3">
      <Field label="当前密码" htmlFor="pw-current" error={e.current?.message}>
        <Input id="pw-current" type="password" autoComplete="current-password" {...register('current')} aria-invalid={!!e.current} />
      </Field>
      <Field label="新密码（至少 10 个字符，含字母和数字）" htmlFor="pw-next" error={e.next?.message}>
        <Input id="pw-next" type="password" autoComplete="new-password" {...register('next')} aria-invalid={!!e.next} />
      </Field>
      <Field label="再次输入新密码" htmlFor="pw-confirm" error={e.confirm?.message}>
        <Input id="pw-confirm" type="password" autoComplete="new-password" {...register('confirm')} aria-invalid={!!e.confirm} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        修改密码
      </Button>
      {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
    </form>
  );
}

export function SignOutEverywhere({ action }: { action: () => Promise<ActionResult> }) {
  const [pending, setPending] = useState(false);
  async function run() {
    if (!window.confirm('确认退出全部设备上的登录？')) return;
    setPending(true);
    await action();
    await signOut({ callbackUrl: '/login' });
  }
  return (
    <Button type="button" variant="secondary" disabled={pending} onClick={run}>
      退出全部登录
    </Button>
  );
}
