import { describe, expect, it } from 'vitest';
import { feeAmount } from '@/lib/cases/fee';

describe('information processing fee (国办函〔2020〕109号)', () => {
  it("charges by the application's place in the month (按件)", () => {
    expect([1, 10, 11, 30, 31, 40, 41, 50, 51].map((n) => feeAmount('items', n))).toEqual([0, 0, 100, 100, 200, 200, 300, 300, 400]);
  });
  it('charges by pages in bands (按量)', () => {
    expect(feeAmount('pages', 30)).toBe(0);
    expect(feeAmount('pages', 31)).toBe(10);
    expect(feeAmount('pages', 100)).toBe(700);
    expect(feeAmount('pages', 150)).toBe(700 + 50 * 20);
    expect(feeAmount('pages', 250)).toBe(700 + 2000 + 50 * 40);
  });
});
