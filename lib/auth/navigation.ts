// The menu a role sees is derived from the permission table, so it can't offer a page that
// would answer 403.
import { PAGE_PERMISSIONS, type StaffPage } from './pages';
import { can, type Role } from './permissions';

const MENU: { href: StaffPage; label: string }[] = [
  { href: '/', label: '工作台' },
  { href: '/cases', label: '申请列表' },
  { href: '/cases/new', label: '登记申请' },
  { href: '/cases/counter', label: '当场答复' },
  { href: '/submissions', label: '网上申请' },
  { href: '/complaints', label: '举报投诉' },
  { href: '/reports', label: '年度报表' },
  { href: '/released', label: '转主动公开' },
  { href: '/archive', label: '归档' },
  { href: '/supervision', label: '督办' },
  { href: '/imports', label: '台账导入' },
  { href: '/admin/calendar', label: '节假日' },
  { href: '/admin/templates', label: '文书模板' },
  { href: '/admin/catalogue', label: '办理选项' },
  { href: '/admin/departments', label: '承办部门' },
  { href: '/admin/agency', label: '机关信息' },
  { href: '/admin/agencies', label: '下级机关' },
  { href: '/admin/mail', label: '邮件发送' },
  { href: '/admin/status', label: '运行状态' },
  { href: '/admin/users', label: '用户管理' },
  { href: '/admin/tokens', label: '接口令牌' },
];

export function menuFor(role: Role) {
  return MENU.filter((m) => can(role, PAGE_PERMISSIONS[m.href])).map(({ href, label }) => ({ href, label }));
}
