'use client';

import { useState, useTransition } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/permissions';
import type { ActionResult } from '@/lib/shared/action-result';

interface Props {
  login: string;
  role: Role;
  active: boolean;
  actions: {
    setActive: (login: string, active: boolean) => Promise<ActionResult>;
    resetPassword: (login: string) => Promise<ActionResult<{ password: string }>>;
    changeRole: (login: string, role: string) => Promise<ActionResult>;
  };
}

export function UserRowActions({ login, role, active, actions }: Props) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const run = (fn: () => Promise<ActionResult<unknown>>) => start(async () => setResult(await fn()));
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${login}`}>
        {login} 的角色
      </label>
      <select
        id={`role-${login}`}
        defaultValue={role}
        disabled={pending}
        className="rounded border border-slate-300 px-1 py-0.5 text-sm"
        onChange={(ev) => {
          const next = ev.target.value as Role;
          // A role decides what the person may do from their next request on: ask first.
          if (!window.confirm(`确定把 ${login} 的角色由“${ROLE_LABELS[role]}”改为“${ROLE_LABELS[next]}”？`)) {
            ev.target.value = role;
            return;
          }
          run(() => actions.changeRole(login, next));
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={pending}
        className="text-sm text-blue-700 underline"
        onClick={() => window.confirm(`确定要${active ? '停用' : '启用'} ${login}？`) && run(() => actions.setActive(login, !active))}
      >
        {active ? '停用' : '启用'}
      </button>
      <button
        type="button"
        disabled={pending}
        className="text-sm text-blue-700 underline"
        onClick={() => window.confirm(`确定要重置 ${login} 的密码？`) && run(() => actions.resetPassword(login))}
      >
        重置密码
      </button>
      {result ? (
        <span role={result.ok ? 'status' : 'alert'} className={`text-sm ${result.ok ? 'text-green-700' : 'text-red-700'}`}>
          {result.message}
        </span>
      ) : null}
    </div>
  );
}
