'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from './ui/button';
import { Field, Input } from './ui/field';
import { Notice } from './ui/notice';

const schema = z.object({
  login: z.string().trim().min(1, '请输入登录名'),
  password: z.string().min(1, '请输入密码'),
});
type Values = z.infer<typeof schema>;

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema) });

  async function onSubmit(values: Values) {
    setFailed(null);
    const res = await signIn('credentials', { ...values, redirect: false });
    // next-auth reports a wrong password as CredentialsSignin; anything else is our own message.
    if (!res || res.error) return setFailed(!res || res.error === 'CredentialsSignin' ? '登录名或密码错误，或账号已停用。' : res.error);
    // Only same-origin targets: a crafted callbackUrl must not send the user elsewhere.
    const target = new URL(callbackUrl, window.location.origin);
    window.location.assign(target.origin === window.location.origin ? target.pathname + target.search : '/');
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
      {failed ? <Notice kind="error">{failed}</Notice> : null}
      <Field label="登录名" htmlFor="login" error={formState.errors.login?.message} required>
        <Input id="login" autoComplete="username" autoFocus aria-invalid={!!formState.errors.login} {...register('login')} />
      </Field>
      <Field label="密码" htmlFor="password" error={formState.errors.password?.message} required>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!formState.errors.password}
          {...register('password')}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? '正在登录…' : '登录'}
      </Button>
    </form>
  );
}
