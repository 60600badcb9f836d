// The blank application form (政府信息公开申请表) with the fields of 条例 art. 29, in a version for a
// natural person and one for an organisation, to print and fill in by hand. Like the letters, an
// office can replace either with its own .docx (文书模板); the office's name, address and telephone
// fill its placeholders.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { buildDocx, type Para } from './docx-writer';
import type { TableBlock, TableCell } from './docx-blocks';
import { renderDocx } from './render';

import { APPLICATION_FORMS, type ApplicationFormKind } from './application-form-kinds';

const span = (text: string, n: number): TableCell => ({ text, span: n });
const BOX = '□';

const APPLICANT: Record<ApplicationFormKind, TableCell[][]> = {
  application_form_natural: [
    ['姓名', '', '证件名称', ''],
    ['证件号码', '', '联系电话', ''],
    ['通信地址', span('', 3)],
    ['邮政编码', '', '电子邮箱', ''],
  ],
  application_form_org: [
    ['名称', span('', 3)],
    ['统一社会信用代码', '', '法定代表人或者主要负责人', ''],
    ['联系人', '', '联系电话', ''],
    ['通信地址', span('', 3)],
    ['邮政编码', '', '电子邮箱', ''],
  ],
};

function formParagraphs(kind: ApplicationFormKind): (Para | TableBlock)[] {
  return [
    { kind: 'title', text: APPLICATION_FORMS[kind] },
    { kind: 'plain', text: '受理机关：{agencyName}' },
    { kind: 'note', text: '地址：{agencyAddress}　邮编：{agencyPostcode}　电话：{agencyPhone}' },
    {
      kind: 'table',
      rows: [
        [span('申请人信息', 4)],
        ...APPLICANT[kind],
        [span('所需政府信息', 4)],
        ['所需政府信息的名称、文号或者便于查询的其他特征性描述', span('', 3)],
        ['获取信息的形式', span(`${BOX}纸质　${BOX}电子`, 3)],
        ['获取信息的方式', span(`${BOX}邮寄　${BOX}电子邮件　${BOX}当面领取　${BOX}网上下载`, 3)],
        ['建议将该信息主动公开', span(`${BOX}是　${BOX}否（《条例》第四十四条）`, 3)],
        [kind === 'application_form_org' ? '申请人（盖章）' : '申请人签名', '', '申请日期', '　年　月　日'],
      ],
      header: 1,
      firstWidth: 0.24,
      rowHeight: 400,
      large: true,
    },
    { kind: 'note', text: '说明：1．请按《中华人民共和国政府信息公开条例》第二十九条填写，所需信息尽量写明名称、文号。' },
    {
      kind: 'note',
      text:
        kind === 'application_form_org'
          ? '2．请附营业执照或者登记证书复印件；委托他人代为申请的，附授权委托书。'
          : '2．请附身份证明复印件；委托他人代为申请的，附授权委托书。',
    },
    { kind: 'note', text: '3．可以当面提交、邮寄或者传真，也可以在网上申请页面提交。' },
  ];
}

/** The shipped form, with its placeholders still in it (what an office downloads to edit). */
export const defaultApplicationForm = (kind: ApplicationFormKind): Uint8Array => buildDocx(formParagraphs(kind));

/** The form as the office gives it out: its own template (or the default) filled with its details. */
export async function applicationFormFor(db: Pick<PrismaClient, 'docTemplate' | 'agency'>, agencyId: number, kind: ApplicationFormKind) {
  const [agency, own] = await Promise.all([
    db.agency.findUnique({ where: { id: agencyId }, select: { name: true, address: true, phone: true, postcode: true } }),
    db.docTemplate.findFirst({ where: { agencyId, kind, status: 'active' }, orderBy: { id: 'desc' }, select: { file: true } }),
  ]);
  if (!agency) return null;
  const template = own ? new Uint8Array(own.file) : defaultApplicationForm(kind);
  const blank = (v: string) => v || '　　　　';
  return {
    name: `${APPLICATION_FORMS[kind]}.docx`,
    bytes: renderDocx(template, {
      agencyName: agency.name,
      agencyAddress: blank(agency.address),
      agencyPhone: blank(agency.phone),
      agencyPostcode: blank(agency.postcode),
    }),
  };
}
