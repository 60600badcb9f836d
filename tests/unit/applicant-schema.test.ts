// Issue 27 point 9: the clerk's intake (UI and API) and the public form share one applicant schema,
// so what /apply refuses is refused at the counter too, with the same words.
import { describe, expect, it } from 'vitest';
import { intakeSchema } from '@/lib/cases/schema';
import { publicApplicationSchema } from '@/lib/portal/application-schema';

const staff = (applicant: Record<string, unknown>) =>
  intakeSchema.safeParse({
    channel: 'letter',
    receivedOn: '2025-09-26',
    description: '某地块征收补偿安置方案',
    applicant: { kind: 'natural', name: '张三', ...applicant },
  });
const online = (fields: Record<string, unknown>) =>
  publicApplicationSchema.safeParse({
    kind: 'natural',
    name: '张三',
    idType: '居民身份证',
    idNumber: '110101199001011237',
    phone: '13800000000',
    address: '某路1号',
    description: '某地块征收补偿安置方案',
    formWanted: 'paper',
    deliveryWanted: 'post',
    consent: true,
    ...fields,
  });
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  (r.error?.issues ?? []).filter((i) => i.path.at(-1) === field).map((i) => i.message);

describe('one applicant schema for the counter and /apply', () => {
  it.each([
    ['a wrong check digit', { idType: '居民身份证', idNumber: '110101199001011234' }, 'idNumber'],
    ['a 13-digit number', { idType: '居民身份证', idNumber: '1101011990010' }, 'idNumber'],
    ['an impossible birth date', { idType: '居民身份证', idNumber: '110101199002307070' }, 'idNumber'],
    ['a 4-digit postcode', { postcode: '1000' }, 'postcode'],
    ['letters in the postcode', { postcode: '10001a' }, 'postcode'],
    ['a phone number of two digits', { phone: '12' }, 'phone'],
  ])('refuses %s in both, with the same message', (_, fields, field) => {
    const atCounter = messages(staff(fields), field);
    const fromPublic = messages(online(fields), field);
    expect(atCounter.length).toBe(1);
    expect(atCounter).toEqual(fromPublic);
  });

  it('refuses a wrong 统一社会信用代码 for an organisation in both', () => {
    const atCounter = intakeSchema.safeParse({
      channel: 'letter',
      receivedOn: '2025-09-26',
      description: '某方案',
      applicant: { kind: 'commercial', name: '某公司', orgCode: '91110000MA01ABCD3X', contactPerson: '李' },
    });
    const fromPublic = online({ kind: 'commercial', orgCode: '91110000MA01ABCD3X', contactPerson: '李', idNumber: '' });
    expect(messages(atCounter, 'orgCode')).toEqual(['统一社会信用代码不正确（应为 18 位，校验位相符）']);
    expect(messages(fromPublic, 'orgCode')).toEqual(messages(atCounter, 'orgCode'));
  });

  it('accepts valid numbers (lower-case x too), other documents as written, and an empty postcode', () => {
    expect(staff({ idType: '居民身份证', idNumber: '11010519491231002x', postcode: '' }).success).toBe(true);
    expect(staff({ idType: '护照', idNumber: 'E12345678' }).success).toBe(true);
    expect(online({ idNumber: '11010519491231002x', postcode: '100010' }).success).toBe(true);
    expect(staff({ idType: '居民身份证', idNumber: '11010519491231002x' }).data?.applicant.idNumber).toBe('11010519491231002X');
  });
});
