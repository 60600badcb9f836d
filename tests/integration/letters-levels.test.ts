// Issue 27: the reply letters at each office level. The same refusal and the same disclosure are
// issued by an office of every level the product knows; each names the review body of that level
// (行政复议法 arts. 24–27), the refusal says review comes first (art. 23¶2), and only a State Council
// department's refusal adds the 国务院裁决 route (art. 26).
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../helpers/db';
import type { Actors } from '../helpers/actors';
import { letterSuite, type LetterSuite } from '../helpers/letter-suite';
import { AGENCY_LEVELS, type AgencyLevel } from '@/lib/documents/remedy';

const suite = letterSuite();
let tdb: TestDb;
let a: Actors;
let cases: LetterSuite['cases'];
beforeAll(() => ({ tdb, a, cases } = suite));

const OFFICES: Record<AgencyLevel, { name: string; parentName: string; body: string }> = {
  state_council_department: { name: '示例部', parentName: '', body: '示例部' },
  provincial_department: { name: '示例省自然资源厅', parentName: '示例省人民政府', body: '示例省人民政府' },
  local_department: { name: '示例市自然资源局', parentName: '示例市人民政府', body: '示例市人民政府' },
  local_government: { name: '示例县人民政府', parentName: '示例市人民政府', body: '示例市人民政府' },
  township: { name: '示例街道办事处', parentName: '示例区人民政府', body: '示例区人民政府' },
  vertical: { name: '国家税务总局示例市税务局', parentName: '国家税务总局示例省税务局', body: '国家税务总局示例省税务局' },
};

const letterText = async (caseId: number, kind: string) => (await suite.issue(caseId, kind)).text;

describe('reply letters at each office level', () => {
  it.each(Object.keys(AGENCY_LEVELS) as AgencyLevel[])('%s', async (level) => {
    const office = OFFICES[level];
    const before = await tdb.prisma.agency.findUniqueOrThrow({ where: { id: a.clerk.agencyId } });
    await tdb.prisma.agency.update({
      where: { id: before.id },
      data: { level, name: office.name, parentName: office.parentName, reviewBody: '' },
    });
    try {
      const refusal = await cases.caseFor('reply_deny_process', '2019', 'natural');
      const refused = await letterText(refusal.id, 'reply_deny_process');
      expect(refused).toContain(`您应当先自收到本告知书之日起六十日内向${office.body}申请行政复议`);
      expect(refused).not.toContain('六个月内');
      if (level === 'state_council_department') expect(refused).toContain('也可以向国务院申请裁决');
      else expect(refused).not.toContain('国务院申请裁决');
      expect(refused).toContain(office.name);

      const granted = await cases.caseFor('reply_granted', '2019', 'natural');
      const given = await letterText(granted.id, 'reply_granted');
      expect(given).toContain(`自收到本答复书之日起六十日内向${office.body}申请行政复议，或者自收到本答复书之日起六个月内`);
      expect(given).not.toContain('应当先');
    } finally {
      await tdb.prisma.agency.update({
        where: { id: before.id },
        data: { level: before.level, name: before.name, parentName: before.parentName, reviewBody: before.reviewBody },
      });
    }
  });
});
