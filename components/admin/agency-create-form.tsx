'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, text } from '../ui/action-form';
import { Field, Input, Select } from '../ui/field';

/** A subordinate agency and its first administrator. */
export function AgencyCreateForm({
  parents,
  levels,
  action,
}: {
  parents: { id: number; label: string }[];
  levels: [string, string][];
  action: (input: unknown) => Promise<ActionResult>;
}) {
  return (
    <ActionForm
      label="新建下级机关"
      submit="新建机关"
      className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
      footerClass="flex items-end gap-3 md:col-span-2"
      send={(fd) =>
        action({
          name: text(fd, 'name'),
          shortName: text(fd, 'shortName'),
          parentId: Number(fd.get('parentId')),
          level: text(fd, 'level'),
          firstAdmin: { login: text(fd, 'login'), name: text(fd, 'adminName'), password: text(fd, 'password') },
        })
      }
    >
      <h2 className="font-semibold md:col-span-3">新建下级机关</h2>
      <Field label="机关名称" htmlFor="ag-name">
        <Input id="ag-name" name="name" required maxLength={100} placeholder="例如：示例市某某区自然资源分局" />
      </Field>
      <Field label="简称（用于文号）" htmlFor="ag-short">
        <Input id="ag-short" name="shortName" required maxLength={20} />
      </Field>
      <Field label="上级机关" htmlFor="ag-parent">
        <Select id="ag-parent" name="parentId" options={parents.map((p) => [p.id, p.label] as const)} />
      </Field>
      <Field label="机关层级" htmlFor="ag-level">
        <Select id="ag-level" name="level" defaultValue="local_department" options={levels} />
      </Field>
      <Field label="管理员登录名" htmlFor="ag-login">
        <Input id="ag-login" name="login" required />
      </Field>
      <Field label="管理员姓名" htmlFor="ag-admin-name">
        <Input id="ag-admin-name" name="adminName" required />
      </Field>
      <Field label="管理员初始密码" htmlFor="ag-password">
        <Input id="ag-password" name="password" type="password" required autoComplete="new-password" />
      </Field>
    </ActionForm>
  );
}
