'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { createUserSchema, type CreateUserInput } from '@/lib/users/schema';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Field, Input, Select } from '../ui/field';
import { Notice } from '../ui/notice';

export function CreateUserForm({ action }: { action: (input: CreateUserInput) => Promise<ActionResult> }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { role: 'clerk' },
  });
  async function onSubmit(values: CreateUserInput) {
    const res = await action(values);
    setResult(res);
    if (res.ok) reset({ login: '', name: '', password: '', role: 'clerk' });
    else for (const [field, message] of Object.entries(res.fieldErrors ?? {})) setError(field as keyof CreateUserInput, { message });
  }
  const e = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="新建用户" className="grid grid-cols-1 gap-3 md:grid-cols-6 md:items-end">
      <Field label="登录名" htmlFor="new-login" error={e.login?.message}>
        <Input id="new-login" {...register('login')} aria-invalid={!!e.login} />
      </Field>
      <Field label="姓名" htmlFor="new-name" error={e.name?.message}>
        <Input id="new-name" {...register('name')} aria-invalid={!!e.name} />
      </Field>
      <Field label="角色" htmlFor="new-role" error={e.role?.message}>
        <Select id="new-role" {...register('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="电子邮箱（选填，接收每日待办提醒）" htmlFor="new-email" error={e.email?.message}>
        <Input id="new-email" type="email" {...register('email')} aria-invalid={!!e.email} />
      </Field>
      <Field label="初始密码" htmlFor="new-password" error={e.password?.message}>
        <Input id="new-password" type="password" autoComplete="new-password" {...register('password')} aria-invalid={!!e.password} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        新建用户
      </Button>
      {result ? (
        <div className="md:col-span-6">
          <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
