// One ledger row → a record or its problems (row, column, Chinese reason): the 2017-era wording
// read as today's codes, and every cross-field rule.
import { describe, expect, it } from 'vitest';
import { validateRow } from '@/lib/imports/ledger-row';
import type { RawRow } from '@/lib/imports/parse-ledger';

const CATALOGUE = new Map<string, string[]>([
  ['granted', ['予以公开']],
  ['not_held', ['无法提供：本机关不掌握 / 信息不存在']],
  ['deny_state_secret', ['不予公开：国家秘密']],
]);
const BASE = {
  trackingNo: '2017-0001',
  receivedOn: '2017-03-01',
  channel: '信函',
  applicantKind: '公民',
  applicantName: '张三',
  description: '某地块征收批复',
};
const row = (values: RawRow['values']): RawRow => ({ row: 7, values: { ...BASE, ...values } });
const problems = (values: RawRow['values']) => validateRow(row(values), CATALOGUE).errors.map((e) => `${e.column}: ${e.message}`);

describe('a ledger row', () => {
  it('reads the 2017-era wording: 公民, 信函, 2017/3/1, 同意公开, 维持, 是', () => {
    const { record, errors } = validateRow(
      row({
        receivedOn: '2017/3/1',
        deliveredOn: '2017-3-20',
        disposition: '同意公开',
        extended: '是',
        reviewFiledOn: '2017-04-01',
        reviewOutcome: '维持',
        fee: '12.50',
      }),
      CATALOGUE,
    );
    expect(errors).toEqual([]);
    expect(record).toMatchObject({
      receivedOn: '2017-03-01',
      channel: 'letter',
      applicantKind: 'natural',
      deliveredOn: '2017-03-20',
      disposition: 'granted',
      extended: true,
      reviewOutcome: 'upheld',
      feeYuan: 12.5,
      suitFiledOn: null,
    });
    expect(record!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('maps a refusal by its reason and needs the reason', () => {
    expect(validateRow(row({ deliveredOn: '2017-03-20', disposition: '不同意公开（国家秘密）' }), CATALOGUE).record?.disposition).toBe(
      'deny_state_secret',
    );
    expect(problems({ deliveredOn: '2017-03-20', disposition: '不同意公开' })).toEqual([
      'disposition: “不同意公开”须注明原因，如“不同意公开（国家秘密）”',
    ]);
  });

  it('names each problem with its column, in Chinese', () => {
    expect(problems({ receivedOn: '2017-02-30', channel: '飞鸽', applicantKind: '外星人', applicantName: '' })).toEqual([
      'receivedOn: “2017-02-30”不是有效日期（YYYY-MM-DD）',
      'channel: “飞鸽”不是有效的申请渠道（in_person、letter、fax、online、email 或 当面、信函、传真、网络、电子邮件）',
      'applicantKind: “外星人”不是有效的申请人类型',
      'applicantName: 不能为空',
    ]);
  });

  it.each([
    [{ deliveredOn: '2017-03-20' }, 'disposition: 已办结的申请须填写处理结果'],
    [{ disposition: '同意公开' }, 'deliveredOn: 填写了处理结果，但没有送达日期'],
    [{ deliveredOn: '2017-02-20', disposition: '同意公开' }, 'deliveredOn: 送达日期早于收到日期'],
    [{ reviewFiledOn: '2017-04-01' }, 'reviewFiledOn: 复议、诉讼只能针对已办结的申请'],
    [{ deliveredOn: '2017-03-20', disposition: '同意公开', reviewFiledOn: '2017-03-10' }, 'reviewFiledOn: 复议日期早于送达日期'],
    [
      { deliveredOn: '2017-03-20', disposition: '同意公开', suitAfterReview: '是', suitFiledOn: '2017-05-01' },
      'suitAfterReview: 复议后起诉，但没有复议日期',
    ],
    [{ fee: '12.345' }, 'fee: “12.345”不是有效金额（元，最多两位小数）'],
    [{ receivedOn: '2007-12-31' }, 'receivedOn: 日期不能早于 2008-05-01'],
    [{ extended: 'maybe' }, 'extended: “maybe”应为 yes/no 或 是/否'],
  ])('refuses %o', (values, problem) => {
    expect(problems(values)).toEqual([problem]);
  });

  it('counts a review without an outcome as pending', () => {
    const { record } = validateRow(row({ deliveredOn: '2017-03-20', disposition: '同意公开', reviewFiledOn: '2017-04-01' }), CATALOGUE);
    expect(record?.reviewOutcome).toBe('pending');
  });
});
