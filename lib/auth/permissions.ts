// Who may do what. Every page, server action and route handler asks `can(role, permission)`;
// this table is the only place the answer lives (unit-tested as a matrix).
import { keysOf } from '@/lib/shared/keys';
export const ROLE_LABELS = {
  clerk: '登记/承办人员',
  reviewer: '审核人',
  manager: '负责人',
  admin: '系统管理员',
  handler: '承办部门人员',
  leader: '签发领导',
} as const;
export const ROLES = keysOf(ROLE_LABELS);
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'dashboard.view': ['clerk', 'reviewer', 'manager', 'admin', 'handler', 'leader'],
  // One's own password and sessions.
  'account.self': ['clerk', 'reviewer', 'manager', 'admin', 'handler', 'leader'],
  // A handler sees only the cases routed to their department (lib/cases/case-scope.ts).
  'cases.view': ['clerk', 'reviewer', 'manager', 'handler', 'leader'],
  'cases.create': ['clerk'],
  // Record the steps of any case of the office (see README: clerks share the office's cases).
  'cases.work': ['clerk'],
  // Approve or refuse what a clerk submitted (replies, extensions, art. 35 deadlines).
  'cases.review': ['reviewer'],
  // 签收, 退回 and 拟办意见 for one's department (steps in lib/cases/steps/route-steps.ts).
  'routes.handle': ['handler'],
  // Files on a case: the clerk's, and a department's for the cases routed to it.
  'cases.attach': ['clerk', 'handler'],
  // 签发: a reply approved by a reviewer goes out only after it, where the office requires it.
  'cases.sign': ['leader'],
  'applicant.unmask': ['clerk', 'reviewer'],
  'complaints.manage': ['clerk', 'manager'],
  'reports.view': ['manager'],
  'reports.manage': ['manager'],
  // 依申请公开转主动公开 (条例 art. 44): decide which granted information to publish.
  'releases.manage': ['manager'],
  // 归档 (一案一档, art. 45): the archive packages of cases and years.
  'archive.manage': ['manager'],
  'imports.run': ['manager', 'admin'],
  'users.manage': ['admin'],
  'tokens.manage': ['admin'],
  'settings.manage': ['admin'],
  // Subordinate agencies and their first administrator.
  'agencies.manage': ['admin'],
  // A supervising office: the roll-up of its subtree, its overdue cases, and 督办 notes to them.
  'supervision.view': ['manager'],
  'supervision.send': ['manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The case queue each role lands on (dashboard tiles, case list default). */
export const ROLE_QUEUE: Record<Role, 'mine' | 'review' | 'all'> = {
  clerk: 'mine',
  reviewer: 'review',
  manager: 'all',
  admin: 'all',
  handler: 'all',
  leader: 'all',
};
