import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { findRelated } from '@/lib/cases/related-cases';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors, type Actors } from '../helpers/actors';

let tdb: TestDb;
let a: Actors;
beforeAll(async () => {
  tdb = await createTestDb();
  a = await demoActors(tdb.prisma);
});
afterAll(() => tdb.drop());

const letter = (applicant: Record<string, unknown>, description: string) => ({
  channel: 'letter',
  submittedOn: '2025-09-24',
  arrivedOn: '2025-09-26',
  applicant: { kind: 'natural', ...applicant },
  description,
});
const BATCH = '请求公开本市2024年度建设用地征收补偿安置方案';

describe('related cases at intake', () => {
  it('finds the same applicant and, among a batch of identical applications, five alike', async () => {
    const byId = await createCase(
      tdb.prisma,
      letter({ name: '张三丰', idType: '居民身份证', idNumber: '110101199001011237' }, '请公开某路段拓宽工程批复'),
      a.clerk,
    );
    const byPhone = await createCase(tdb.prisma, letter({ name: '李四', phone: '13800000000' }, '请公开某小区规划许可证'), a.clerk);
    // More alike than the candidates ranked (200): the answer stays five, each a full match.
    for (let i = 0; i < 21; i++)
      await Promise.all(
        Array.from({ length: 10 }, (_, j) => createCase(tdb.prisma, letter({ name: `居民${i * 10 + j}` }, BATCH), a.clerk)),
      );

    const sameId = await findRelated(tdb.prisma, a.clerk.agencyId, { idNumber: '110101199001011237' });
    expect(sameId.map((r) => [r.id, r.reason])).toEqual([[byId.case.id, '同一申请人（证件号码相同）']]);
    const samePhone = await findRelated(tdb.prisma, a.clerk.agencyId, { name: '李四', phone: '13800000000' });
    expect(samePhone.map((r) => [r.id, r.reason])).toEqual([[byPhone.case.id, '同一申请人（姓名和电话相同）']]);
    expect(await findRelated(tdb.prisma, a.clerk.agencyId, { name: '李四', phone: '13900000000' })).toEqual([]);

    const alike = await findRelated(tdb.prisma, a.clerk.agencyId, { description: BATCH });
    expect(alike).toHaveLength(5);
    for (const r of alike) expect(r.reason).toBe('申请内容相近（相似度100%）');
    // Identical ones come from their own index, the newest first (the batch was registered last).
    const newest = await tdb.prisma.case.findMany({
      where: { description: BATCH },
      orderBy: { id: 'desc' },
      take: 5,
      select: { id: true },
    });
    expect(alike.map((r) => r.id)).toEqual(newest.map((r) => r.id));
    // A text that is alike but not the same is scored by trigrams.
    const near = await findRelated(tdb.prisma, a.clerk.agencyId, { description: `${BATCH}及其附件` });
    expect(near).toHaveLength(5);
    for (const r of near) expect(r.reason).toMatch(/^申请内容相近（相似度[1-9]\d%）$/);
    const except = await findRelated(tdb.prisma, a.clerk.agencyId, { description: BATCH, excludeId: alike[0].id });
    expect(except.map((r) => r.id)).not.toContain(alike[0].id);
    // Another office sees none of them.
    expect(await findRelated(tdb.prisma, a.clerk.agencyId + 999, { description: BATCH, idNumber: '110101199001011237' })).toEqual([]);
  });
});
