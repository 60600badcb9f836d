import { describe, expect, it } from 'vitest';
import { validCreditCode, validResidentId } from '@/lib/cases/identity-checks';

describe('identity check characters', () => {
  it('checks 居民身份证 numbers by GB 11643', () => {
    expect(validResidentId('11010519491231002X')).toBe(true); // the standard's own example
    expect(validResidentId('11010119900307707X')).toBe(true);
    expect(validResidentId('110101199003077077')).toBe(false);
    expect(validResidentId('110101199003077078')).toBe(false);
    expect(validResidentId('110101199002307070')).toBe(false); // 30 February
    expect(validResidentId('11010119900307707')).toBe(false);
  });
  it('checks 统一社会信用代码 by GB 32100', () => {
    expect(validCreditCode('91350100M000100Y43')).toBe(true);
    expect(validCreditCode('91110000600037341L')).toBe(true);
    expect(validCreditCode('91110000600037341M')).toBe(false);
    expect(validCreditCode('91110000MA01ABCD3I')).toBe(false); // I is not in the alphabet
  });
});
