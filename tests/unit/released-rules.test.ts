import { describe, expect, it } from 'vitest';
import { findPersonalData } from '@/lib/released/personal-data';
import { groupCandidates, type CandidateCase } from '@/lib/released/candidates';

const person = { name: '王小明', idNumber: '11010119900307707X', phone: '010-22223333', address: '示例市东城区某街1号' };

describe('personal data in what is published', () => {
  it('finds the applicants and anything shaped like an ID or mobile number', () => {
    expect(findPersonalData('示例村集体土地征收批复', [person])).toEqual([]);
    expect(findPersonalData('应王小明申请', [person])).toEqual(['申请人姓名“王小明”']);
    expect(findPersonalData('号码 44030619920815123X', [])).toEqual(['身份证号码']);
    expect(findPersonalData('联系 13912345678。', [])).toEqual(['手机号码']);
    expect(findPersonalData('电话010-22223333', [person])).toEqual(['联系电话']);
    expect(findPersonalData('送达示例市东城区某街1号', [person])).toEqual(['申请人地址']);
    // A number inside a longer one (a 文号's serial, an amount) is not a phone number.
    expect(findPersonalData('金额 2139123456789 元', [])).toEqual([]);
    // A one-character or empty name is no name.
    expect(findPersonalData('王', [{ ...person, name: '王' }])).toEqual([]);
  });
});

const c = (id: number, over: Partial<CandidateCase> = {}): CandidateCase => ({
  id,
  trackingNo: `2025-000${id}`,
  description: `申请${id}`,
  closedOn: `2025-11-0${id}`,
  suggested: false,
  items: [],
  ...over,
});

describe('candidate groups', () => {
  it('joins by alike text, a shared file or a shared item; a lone case only if suggested', () => {
    const groups = groupCandidates(
      [c(1), c(2), c(3, { items: ['征地批复'] }), c(4, { items: [' 征地批复 '] }), c(5), c(6), c(7, { suggested: true }), c(8)],
      [[1, 2]],
      [[2, 5]],
    );
    expect(groups.map((g) => g.cases.map((x) => x.id))).toEqual([[1, 2, 5], [3, 4], [7]]);
    expect(groups[0].reasons).toEqual(['申请内容相近', '公开了相同的文件']);
    expect(groups[1].reasons).toEqual(['公开了相同的信息']);
    expect(groups[2].reasons).toEqual(['申请人建议主动公开']);
  });
});
