// Every staff page and the permission that opens it: the one table the pages (requirePage), the
// menu (navigation.ts) and the access-matrix test read, so none of them can disagree.
import type { Permission } from './permissions';

export const PAGE_PERMISSIONS = {
  '/': 'dashboard.view',
  '/about': 'dashboard.view',
  '/account': 'account.self',
  '/cases': 'cases.view',
  '/cases/new': 'cases.create',
  '/cases/counter': 'cases.create',
  '/cases/{id}': 'cases.view',
  '/cases/{id}/counter-record': 'cases.view',
  '/submissions': 'cases.create',
  '/complaints': 'complaints.manage',
  '/reports': 'reports.view',
  '/reports/tree': 'reports.view',
  '/released': 'releases.manage',
  '/archive': 'archive.manage',
  '/supervision': 'supervision.view',
  '/imports': 'imports.run',
  '/admin/calendar': 'settings.manage',
  '/admin/templates': 'settings.manage',
  '/admin/catalogue': 'settings.manage',
  '/admin/departments': 'settings.manage',
  '/admin/agency': 'settings.manage',
  '/admin/mail': 'settings.manage',
  '/admin/status': 'settings.manage',
  '/admin/agencies': 'agencies.manage',
  '/admin/users': 'users.manage',
  '/admin/tokens': 'tokens.manage',
} as const satisfies Record<string, Permission>;

export type StaffPage = keyof typeof PAGE_PERMISSIONS;
