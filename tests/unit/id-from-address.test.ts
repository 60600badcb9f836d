import { describe, expect, it } from 'vitest';
import { idFromAddress } from '@/lib/shared/id-from-address';

describe('idFromAddress', () => {
  it('reads up to nine digits as the number', () => {
    expect(idFromAddress('1')).toBe(1);
    expect(idFromAddress('000042')).toBe(42);
    expect(idFromAddress('999999999')).toBe(999_999_999);
  });
  it('names no record for anything else, however it is spelled', () => {
    for (const raw of [undefined, null, '', '0x1f', '1e3', '-1', '+1', ' 1', '1 ', '1.0', '１２', '1234567890', '12abc', '2147483648'])
      expect(idFromAddress(raw)).toBeNull();
  });
});
