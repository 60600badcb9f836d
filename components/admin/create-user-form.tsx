'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { createUserSchema, type CreateUserInput } from '@/lib/users/schema';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Field, optionsOf, Select } from '../ui/field';
import { fieldsOf } from '../ui/form-field';
import { ResultNotice } from '../ui/notice';

export function CreateUserForm({
  action,
  departments = [],
}: {
  action: (input: CreateUserInput) => Promise<ActionResult>;
  /** The office's active departments: a handler (承办部门人员) belongs to one. */
  departments?: [number, string][];
}) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const form = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { role: 'clerk' },
  });
  const { register, handleSubmit, formState, reset, setError, control } = form;
  const role = useWatch({ control, name: 'role' });
  const field = fieldsOf(form);
  async function onSubmit(values: CreateUserInput) {
    const res = await action({ ...values, departmentId: values.role === 'handler' ? Number(values.departmentId) || null : null });
    setResult(res);
    if (res.ok) reset({ login: '', name: '', password: '', role: 'clerk' });
    else for (const [field, message] of Object.entries(res.fieldErrors ?? {})) setError(field as keyof CreateUserInput, { message });
  }
  const e = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="新建用户" className="grid grid-cols-1 gap-3 md:grid-cols-6 md:items-end">
      {field('login', '登录名', { id: 'new-login' })}
      {field('name', '姓名', { id: 'new-name' })}
      <Field label="角色" htmlFor="new-role" error={e.role?.message}>
        <Select id="new-role" {...register('role')} options={optionsOf(ROLES, ROLE_LABELS)} />
      </Field>
      {role === 'handler' ? (
        <Field label="承办部门" htmlFor="new-department" error={e.departmentId?.message}>
          <Select id="new-department" {...register('departmentId')} options={[['', '请选择'], ...departments]} />
        </Field>
      ) : null}
      {field('email', '电子邮箱（选填，接收每日待办提醒）', { id: 'new-email', type: 'email' })}
      {field('password', '初始密码', { id: 'new-password', type: 'password', autoComplete: 'new-password' })}
      <Button type="submit" disabled={formState.isSubmitting}>
        新建用户
      </Button>
      <div className="md:col-span-6">
        <ResultNotice result={result} />
      </div>
    </form>
  );
}
