import { mayDownloadLetter, mayOpenAttachment } from '@/lib/attachments/may-open';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_PERMISSIONS } from '@/lib/auth/pages';
import { can, PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/auth/permissions';
import { menuFor } from '@/lib/auth/navigation';

// The expected matrix, written out independently of the table under test: C R M A H(andler) L(eader).
const EXPECTED: Record<Permission, string> = {
  'dashboard.view': 'CRMAHL',
  'account.self': 'CRMAHL',
  'cases.view': 'CRM-HL',
  'cases.create': 'C-----',
  'cases.work': 'C-----',
  'cases.review': '-R----',
  'routes.handle': '----H-',
  'cases.attach': 'C---H-',
  'cases.sign': '-----L',
  'applicant.unmask': 'CR----',
  'complaints.manage': 'C-M---',
  'reports.view': '--M---',
  'reports.manage': '--M---',
  'releases.manage': '--M---',
  'archive.manage': '--M---',
  'imports.run': '--MA--',
  'users.manage': '---A--',
  'tokens.manage': '---A--',
  'settings.manage': '---A--',
  'agencies.manage': '---A--',
  'supervision.view': '--M---',
  'supervision.send': '--M---',
};

describe('permission table', () => {
  it('covers exactly the expected permissions', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cells = Object.entries(EXPECTED).flatMap(([perm, pattern]) =>
    ROLES.map((role, i) => ({ perm: perm as Permission, role, allowed: pattern[i] !== '-' })),
  );

  it.each(cells)('$role → $perm = $allowed', ({ perm, role, allowed }) => {
    expect(can(role, perm)).toBe(allowed);
  });

  it('denies the anonymous and unknown roles everything', () => {
    for (const perm of Object.keys(EXPECTED) as Permission[]) {
      expect(can(null, perm)).toBe(false);
      expect(can(undefined, perm)).toBe(false);
      expect(can('root' as Role, perm)).toBe(false);
    }
  });

  it('offers in the menu only pages the role may open', () => {
    expect(menuFor('clerk').map((m) => m.href)).not.toContain('/admin/users');
    expect(menuFor('admin').map((m) => m.href)).toContain('/admin/users');
  });
});

describe('which files of a case a role may open (issue 28 point 4)', () => {
  it.each([
    ['clerk', 'id_copy', true],
    ['reviewer', 'authorization', true],
    ['manager', 'id_copy', false],
    ['manager', 'authorization', false],
    ['admin', 'id_copy', false],
    ['manager', 'scan', true],
    ['manager', 'released', true],
  ] as const)('%s → %s = %s', (role, kind, allowed) => {
    expect(mayOpenAttachment(role, kind)).toBe(allowed);
  });

  it('offers the .docx of a letter only to roles that see ID numbers', () => {
    expect(ROLES.filter(mayDownloadLetter)).toEqual(ROLES.filter((r) => can(r, 'applicant.unmask')));
  });
});

describe('one route → permission table (lib/auth/pages.ts)', () => {
  it('lists every staff page there is, and no page that is not there', () => {
    const root = path.join(process.cwd(), 'app', '(app)');
    const found = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('page.tsx'))
      .map(
        (f) =>
          '/' +
          path
            .dirname(f)
            .split(path.sep)
            .filter((p) => p !== '.')
            .join('/'),
      )
      .map((r) => (r === '/' ? r : r.replace(/\[(\w+)\]/g, '{$1}')));
    expect(new Set(found)).toEqual(new Set(Object.keys(PAGE_PERMISSIONS)));
  });

  it('puts only listed pages in the menu', () => {
    for (const role of ROLES) for (const m of menuFor(role)) expect(Object.keys(PAGE_PERMISSIONS)).toContain(m.href);
  });
});
