// The menu a role sees is derived from the permission table, so it can't offer a page that
// would answer 403.
import { can, type Permission, type Role } from './permissions';

const MENU: { href: string; label: string; permission: Permission }[] = [
  { href: '/', label: '工作台', permission: 'dashboard.view' },
  { href: '/cases', label: '申请列表', permission: 'cases.view' },
  { href: '/cases/new', label: '登记申请', permission: 'cases.create' },
  { href: '/submissions', label: '网上申请', permission: 'cases.create' },
  { href: '/complaints', label: '举报投诉', permission: 'complaints.manage' },
  { href: '/reports', label: '年度报表', permission: 'reports.view' },
  { href: '/supervision', label: '督办', permission: 'supervision.view' },
  { href: '/imports', label: '台账导入', permission: 'imports.run' },
  { href: '/admin/calendar', label: '节假日', permission: 'settings.manage' },
  { href: '/admin/templates', label: '文书模板', permission: 'settings.manage' },
  { href: '/admin/catalogue', label: '办理选项', permission: 'settings.manage' },
  { href: '/admin/agency', label: '机关信息', permission: 'settings.manage' },
  { href: '/admin/agencies', label: '下级机关', permission: 'agencies.manage' },
  { href: '/admin/mail', label: '邮件发送', permission: 'settings.manage' },
  { href: '/admin/users', label: '用户管理', permission: 'users.manage' },
  { href: '/admin/tokens', label: '接口令牌', permission: 'tokens.manage' },
];

export function menuFor(role: Role) {
  return MENU.filter((m) => can(role, m.permission)).map(({ href, label }) => ({ href, label }));
}
