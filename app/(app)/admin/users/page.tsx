import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { ROLE_LABELS, isRole } from '@/lib/auth/permissions';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { listUsers } from '@/lib/users/manage-users';
import { activeDepartments } from '@/lib/departments/departments';
import { changeRoleAction, createUserAction, resetPasswordAction, setActiveAction } from './actions';
import { chinaDate, formatCn } from '@/lib/shared/dates';
import { TableHead } from '@/components/ui/table-head';

export const metadata = { title: '用户管理' };

export default async function UsersPage() {
  const actor = await requirePage('/admin/users');
  const [users, departments] = await Promise.all([listUsers(db(), actor.agencyId), activeDepartments(db(), actor.agencyId)]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">用户管理</h1>
      <div className="rounded border border-slate-200 bg-white p-4">
        <CreateUserForm action={createUserAction} departments={[...departments]} />
      </div>
      <table className="w-full border-collapse bg-white text-sm">
        <TableHead muted columns={['登录名', '姓名', '角色', '状态', '创建日期', '操作']} />
        <tbody>
          {users
            .filter((u) => isRole(u.role))
            .map((u) => (
              <tr key={u.id} className="border-b" data-login={u.login}>
                <td className="p-2 font-mono">{u.login}</td>
                <td className="p-2">{u.name}</td>
                <td className="p-2">{ROLE_LABELS[u.role as keyof typeof ROLE_LABELS]}</td>
                <td className="p-2">{u.active ? '正常' : <span className="text-red-700">已停用</span>}</td>
                <td className="p-2">{formatCn(chinaDate(u.createdAt))}</td>
                <td className="p-2">
                  <UserRowActions
                    login={u.login}
                    role={u.role as keyof typeof ROLE_LABELS}
                    active={u.active}
                    actions={{ setActive: setActiveAction, resetPassword: resetPasswordAction, changeRole: changeRoleAction }}
                  />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
