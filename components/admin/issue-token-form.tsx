'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, text } from '../ui/action-form';
import { Field, Input, Select } from '../ui/field';

export function IssueTokenForm({
  users,
  action,
}: {
  users: { login: string; name: string }[];
  action: (input: { login: string; name: string }) => Promise<ActionResult<{ token: string }>>;
}) {
  return (
    <ActionForm
      label="生成令牌"
      submit="生成令牌"
      className="grid grid-cols-1 gap-3 md:grid-cols-3 md:items-end"
      footerClass="space-y-2 md:col-span-3"
      send={(fd) => action({ login: text(fd, 'login'), name: text(fd, 'name') })}
      after={(result) =>
        result?.ok && result.data ? (
          <code data-testid="new-token" className="block break-all rounded bg-slate-900 p-2 text-sm text-white md:col-span-3">
            {result.data.token}
          </code>
        ) : null
      }
    >
      <Field label="代表用户" htmlFor="token-user">
        <Select id="token-user" name="login" options={users.map((u) => [u.login, `${u.name}（${u.login}）`] as const)} />
      </Field>
      <Field label="用途" htmlFor="token-name">
        <Input id="token-name" name="name" placeholder="例如：省级平台转办" />
      </Field>
    </ActionForm>
  );
}
