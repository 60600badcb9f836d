import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskId } from '@/lib/cases/queries';

describe('maskId', () => {
  it('hides at least half of the characters of any value, keeping its length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789X'), maxLength: 40 }), (v) => {
        const m = maskId(v);
        expect(m.length).toBe(v.length);
        expect([...m].filter((c) => c === '*').length).toBeGreaterThanOrEqual(Math.ceil(v.length / 2));
      }),
    );
  });
  it('masks the usual lengths as expected', () => {
    expect(maskId('110101199001011234')).toBe('110***********1234');
    expect(maskId('13912345678')).toBe('13******678');
    expect(maskId('6512345')).toBe('6****45');
    expect(maskId('123')).toBe('**3');
  });
});
