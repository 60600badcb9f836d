// The blank application forms (issue 32 point 5): the art. 29 fields in both versions, the office's
// own details filled in, and the office's own template used once it is put into use.
import { describe, expect, it } from 'vitest';
import { applicationFormFor } from '@/lib/documents/application-forms';
import { buildDocx } from '@/lib/documents/docx-writer';
import { activateTemplate, uploadTemplate } from '@/lib/documents/manage-templates';
import { demoForFile } from '../helpers/actors';
import { docxText } from '../helpers/docx';

const { tdb, a } = demoForFile();

describe('the blank application form', () => {
  it('has the fields of art. 29 for each kind of applicant, with the office filled in', async () => {
    const agency = await tdb.prisma.agency.update({
      where: { id: a.admin.agencyId },
      data: { address: '示例市人民路1号', phone: '010-12345678', postcode: '100001' },
    });
    const natural = docxText((await applicationFormFor(tdb.prisma, agency.id, 'application_form_natural'))!.bytes);
    const org = docxText((await applicationFormFor(tdb.prisma, agency.id, 'application_form_org'))!.bytes);
    for (const text of [natural, org]) {
      expect(text).toContain(`受理机关：${agency.name}`);
      expect(text).toContain('地址：示例市人民路1号　邮编：100001　电话：010-12345678');
      for (const field of [
        '联系电话',
        '通信地址',
        '所需政府信息的名称、文号或者便于查询的其他特征性描述',
        '获取信息的形式',
        '获取信息的方式',
        '申请日期',
      ])
        expect(text).toContain(field);
      expect(text).not.toMatch(/[{}]/);
    }
    expect(natural).toContain('政府信息公开申请表（公民）');
    expect(natural).toContain('证件号码');
    expect(natural).toContain('申请人签名');
    expect(org).toContain('政府信息公开申请表（法人或者其他组织）');
    for (const field of ['统一社会信用代码', '法定代表人或者主要负责人', '联系人', '申请人（盖章）']) expect(org).toContain(field);
    expect(await applicationFormFor(tdb.prisma, 999_999, 'application_form_natural')).toBeNull();
  });

  it("uses the office's own template once it is put into use", async () => {
    const own = buildDocx([
      { kind: 'title', text: '本局政府信息公开申请表' },
      { kind: 'plain', text: '{agencyName}（地址：{agencyAddress}）' },
    ]);
    const { id } = await uploadTemplate(tdb.prisma, a.admin.agencyId, 'application_form_natural', own, '本局申请表.docx', a.admin.userId);
    expect(docxText((await applicationFormFor(tdb.prisma, a.admin.agencyId, 'application_form_natural'))!.bytes)).not.toContain(
      '本局政府信息公开申请表',
    );
    await activateTemplate(tdb.prisma, a.admin.agencyId, id, a.admin.userId);
    const text = docxText((await applicationFormFor(tdb.prisma, a.admin.agencyId, 'application_form_natural'))!.bytes);
    expect(text).toContain('本局政府信息公开申请表');
    expect(text).toContain('（地址：示例市人民路1号）');
    // The organisation's version is still the default.
    expect(docxText((await applicationFormFor(tdb.prisma, a.admin.agencyId, 'application_form_org'))!.bytes)).toContain('统一社会信用代码');
  });
});
