'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Field, Input, Select } from '../ui/field';
import { Notice } from '../ui/notice';
import { keepFields } from '../ui/keep-fields';

export function IssueTokenForm({
  users,
  action,
}: {
  users: { login: string; name: string }[];
  action: (input: { login: string; name: string }) => Promise<ActionResult<{ token: string }>>;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<{ token: string }> | null>(null);
  return (
    <form
      aria-label="生成令牌"
      className="grid grid-cols-1 gap-3 md:grid-cols-3 md:items-end"
      onSubmit={keepFields((fd) =>
        start(async () => setResult(await action({ login: String(fd.get('login')), name: String(fd.get('name')) }))),
      )}
    >
      <Field label="代表用户" htmlFor="token-user">
        <Select id="token-user" name="login">
          {users.map((u) => (
            <option key={u.login} value={u.login}>
              {u.name}（{u.login}）
            </option>
          ))}
        </Select>
      </Field>
      <Field label="用途" htmlFor="token-name">
        <Input id="token-name" name="name" placeholder="例如：省级平台转办" />
      </Field>
      <Button type="submit" disabled={pending}>
        生成令牌
      </Button>
      {result ? (
        <div className="md:col-span-3 space-y-2">
          <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice>
          {result.ok && result.data ? (
            <code data-testid="new-token" className="block break-all rounded bg-slate-900 p-2 text-sm text-white">
              {result.data.token}
            </code>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
