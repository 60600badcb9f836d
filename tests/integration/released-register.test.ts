// 依申请公开转主动公开 (条例 art. 44) on a real PostgreSQL: granted applications asking for the same
// thing become one candidate; a manager publishes it with a redacted file (personal data refused) or
// declines with a reason; the public register, the hint and its count follow.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { releaseCandidates } from '@/lib/released/candidates';
import { decideRelease } from '@/lib/released/decide-release';
import { followHint, hintsAnswered, markHintApplied, publishedFile, releasedHints, searchReleased } from '@/lib/released/public-register';
import { demoForFile } from '../helpers/actors';
import { PDF, PNG } from '../helpers/files';
import { renderPdfs } from '@/lib/archive/pdf-rendition';
import { buildDocx } from '@/lib/documents/docx-writer';

const { tdb, a } = demoForFile();
const on = '2025-11-03';

async function granted(name: string, idNumber: string, description: string, items: string[], suggestPublish = false) {
  const { case: c } = await createCase(
    tdb.prisma,
    {
      channel: 'in_person',
      receivedOn: on,
      applicant: { kind: 'natural', name, idType: '居民身份证', idNumber, phone: '13912345678' },
      description,
      suggestPublish,
    },
    a.clerk,
  );
  const step = (s: Record<string, unknown>, who: 'clerk' | 'reviewer' = 'clerk') =>
    recordEvent(tdb.prisma, c.id, { on, ...s } as never, a[who]);
  await step({ type: 'reply_submitted', disposition: 'granted', legalBasis: '依法', items });
  await step({ type: 'reply_approved', secrecyReviewed: true }, 'reviewer');
  await step({ type: 'delivered', method: 'post' });
  return c.id;
}

describe('the released-information register', () => {
  it('groups, refuses personal data, publishes, hints and counts', async () => {
    const one = await granted('王小明', '11010119900307707X', '请公开示例村集体土地征收的省政府批复文件', ['示例村土地征收批复']);
    const two = await granted('赵大勇', '11010519491231002X', '申请公开示例村集体土地征收省政府批复', ['示例村征地批复文件']);
    const other = await granted('钱多多', '440306199208151236', '某小区绿化工程竣工验收备案表', ['竣工验收备案表']);
    const suggested = await granted('孙建议', '110101199001011237', '本镇2024年度财政预算执行情况', ['预算执行情况报告'], true);

    const groups = await releaseCandidates(tdb.prisma, a.manager.agencyId);
    const ids = groups.map((g) => g.cases.map((c) => c.id).sort((x, y) => x - y));
    expect(ids).toContainEqual([one, two].sort((x, y) => x - y));
    expect(ids).toContainEqual([suggested]);
    expect(ids.flat()).not.toContain(other);
    const pair = groups.find((g) => g.cases.some((c) => c.id === one))!;
    expect(pair.reasons).toContain('申请内容相近');

    // An applicant's name in the summary is refused, and nothing is stored.
    await expect(
      decideRelease(tdb.prisma, a.manager, {
        publish: true,
        caseIds: [one, two],
        title: '示例村集体土地征收批复',
        summary: '应王小明等申请公开',
        files: [],
      }),
    ).rejects.toThrow('申请人姓名“王小明”');
    await expect(
      decideRelease(tdb.prisma, a.manager, { publish: true, caseIds: [one, two], title: '批复 13912345678', summary: '', files: [] }),
    ).rejects.toThrow('手机号码');
    // A case not granted (or of another office) can't be published.
    await expect(
      decideRelease(tdb.prisma, a.manager, { publish: true, caseIds: [one, 999_999], title: '批复', summary: '', files: [] }),
    ).rejects.toThrow('已办结且予以公开');
    expect(await tdb.prisma.releasedItem.count()).toBe(0);

    const id = await decideRelease(tdb.prisma, a.manager, {
      publish: true,
      caseIds: [one, two],
      title: '示例村集体土地征收批复',
      summary: '省政府关于示例村集体土地征收的批复（已删除个人信息）',
      files: [{ name: '征收批复（公开版）.pdf', bytes: PDF }],
    });
    const row = await tdb.prisma.adminEvent.findFirst({ where: { action: 'release.publish', target: `release:${id}` } });
    expect(row?.actorId).toBe(a.manager.userId);
    // Decided once: the same cases can't be decided again, and they are no longer candidates.
    await expect(decideRelease(tdb.prisma, a.manager, { publish: false, caseIds: [two], reason: '重复' })).rejects.toThrow('已有决定');
    const after = (await releaseCandidates(tdb.prisma, a.manager.agencyId)).flatMap((g) => g.cases.map((c) => c.id));
    expect(after).not.toContain(one);
    await decideRelease(tdb.prisma, a.manager, { publish: false, caseIds: [suggested], reason: '属于过程性信息汇总，不宜主动公开' });
    expect(await releaseCandidates(tdb.prisma, a.manager.agencyId)).toEqual([]);

    // Public: found by a word of it, with its file; the declined one is nowhere.
    const found = await searchReleased(tdb.prisma, '征收批复');
    expect(found.map((f) => f.title)).toEqual(['示例村集体土地征收批复']);
    expect(found[0].files.map((f) => f.fileName)).toEqual(['征收批复（公开版）.pdf']);
    expect(JSON.stringify(await searchReleased(tdb.prisma, ''))).not.toMatch(/王小明|赵大勇|1101|13912345678|过程性信息/);
    expect((await publishedFile(tdb.prisma, found[0].files[0].id))?.contentType).toBe('application/pdf');

    // The hint: a third applicant typing the same request sees it; an unrelated text doesn't.
    const hints = await releasedHints(tdb.prisma, a.manager.agencyId, '我想申请公开示例村集体土地征收批复的文件');
    expect(hints.map((h) => h.id)).toEqual([id]);
    expect(await releasedHints(tdb.prisma, a.manager.agencyId, '请公开某路段拓宽工程的立项批复')).toEqual([]);
    expect(await releasedHints(tdb.prisma, a.manager.agencyId + 999, '示例村集体土地征收批复')).toEqual([]);
    // Several that match come closest first (word_similarity 0.75, 0.7, 0.6, 0.5), at most three; one
    // below 0.5 (0.4) and a declined item are never offered.
    const item = async (title: string, status = 'published') =>
      (
        await tdb.prisma.releasedItem.create({
          data: { agencyId: a.manager.agencyId, status, title, publishedOn: new Date(), caseIds: [] },
        })
      ).id;
    const far = await item('示例村集体土地征收批复及附图');
    const near = await item('示例村集体土地征收');
    const more = [
      far,
      near,
      await item('示例村集体土地征收补偿批复'),
      await item('示例村土地征收批复'),
      await item('示例村集体土地征收批复', 'declined'),
    ];
    const ranked = await releasedHints(tdb.prisma, a.manager.agencyId, '我想申请公开示例村集体土地征收批复的文件');
    expect(ranked.map((h) => h.id)).toEqual([id, near, far]);
    await tdb.prisma.releasedItem.deleteMany({ where: { id: { in: more } } });

    // Two follow the hint; one applies anyway: the hint answered one.
    const t1 = (await followHint(tdb.prisma, id))!;
    const t2 = (await followHint(tdb.prisma, id))!;
    expect(await hintsAnswered(tdb.prisma, a.manager.agencyId)).toBe(2);
    await markHintApplied(tdb.prisma, t2);
    expect(await hintsAnswered(tdb.prisma, a.manager.agencyId)).toBe(1);
    expect(t1).not.toBe(t2);
    expect(await followHint(tdb.prisma, id + 1000)).toBeNull();
  });

  it('refuses a file the applicant supplied, and a non-PDF/image', async () => {
    const x = await granted('周申请', '11010119900307707X', '请公开示例街道2023年老旧小区改造项目清单', ['改造项目清单']);
    const y = await granted('吴申请', '11010519491231002X', '请公开示例街道2023年老旧小区改造项目清单及资金', ['改造项目清单']);
    await tdb.prisma.attachment.create({
      data: {
        agencyId: a.clerk.agencyId,
        caseId: x,
        kind: 'scan',
        fileName: '申请书.png',
        contentType: 'image/png',
        size: PNG.length,
        sha256: crypto.createHash('sha256').update(PNG).digest('hex'),
        data: PNG,
      },
    });
    const base = { publish: true as const, caseIds: [x, y], title: '示例街道老旧小区改造项目清单', summary: '' };
    await expect(decideRelease(tdb.prisma, a.manager, { ...base, files: [{ name: '清单.png', bytes: PNG }] })).rejects.toThrow(
      '申请人提交的材料',
    );
    await expect(
      decideRelease(tdb.prisma, a.manager, { ...base, files: [{ name: '清单.pdf', bytes: new TextEncoder().encode('just text') }] }),
    ).rejects.toThrow('不是 PDF、JPG 或 PNG');
    // A PDF's own text is read (poppler's pdftotext): an applicant's name or an ID number left
    // unredacted in the file is found, whatever the title says; a broken PDF is not published.
    const [unredacted, redacted] = await renderPdfs([
      buildDocx([{ kind: 'body', text: '改造项目清单：1. 示例小区 申请人周申请 身份证号 110101199003077071' }]),
      buildDocx([{ kind: 'body', text: '改造项目清单：1. 示例小区 2. 第二小区（已删除个人信息）' }]),
    ]);
    await expect(decideRelease(tdb.prisma, a.manager, { ...base, files: [{ name: '清单.pdf', bytes: unredacted.pdf }] })).rejects.toThrow(
      '文件"清单.pdf"含有个人信息（身份证号码、申请人姓名“周申请”），请遮盖后重新上传',
    );
    const broken = Buffer.concat([PDF.subarray(0, 20), Buffer.from('garbage')]);
    await expect(decideRelease(tdb.prisma, a.manager, { ...base, files: [{ name: '坏.pdf', bytes: broken }] })).rejects.toThrow('无法读取');
    expect(await tdb.prisma.releasedItem.count({ where: { caseIds: { has: x } } })).toBe(0);
    await decideRelease(tdb.prisma, a.manager, { ...base, files: [{ name: '清单（公开版）.pdf', bytes: redacted.pdf }] });
    expect(await tdb.prisma.releasedItem.count({ where: { caseIds: { has: x } } })).toBe(1);
  });
});
