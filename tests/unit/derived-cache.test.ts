import { describe, expect, it } from 'vitest';
import { cachedDerived, clearDerived, forgetDerived, tellOthersWith } from '@/lib/statistics/derived-cache';

describe('derived figures shared between requests', () => {
  it('shares one computation, serves a stale answer while one refresh runs, and recomputes after a write', async () => {
    forgetDerived();
    let runs = 0;
    const compute = async () => ++runs;
    const t0 = Date.now();
    expect(await Promise.all([cachedDerived('k', [1], compute, t0), cachedDerived('k', [1], compute, t0)])).toEqual([1, 1]);
    expect(runs).toBe(1);
    // Past the fresh window: the old answer is served at once and one refresh starts.
    expect(await Promise.all([cachedDerived('k', [1], compute, t0 + 61_000), cachedDerived('k', [1], compute, t0 + 61_001)])).toEqual([
      1, 1,
    ]);
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2); // one refresh for both
    expect(await cachedDerived('k', [1], compute, Date.now())).toBe(2);
    // A write drops it: the next request waits for a fresh computation.
    forgetDerived();
    expect(await cachedDerived('k', [1], compute)).toBe(3);
    // Too old to serve at all.
    expect(await cachedDerived('k', [1], compute, Date.now() + 400_000)).toBe(4);
  });

  it('does not keep a failure', async () => {
    forgetDerived();
    await expect(cachedDerived('f', [1], async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cachedDerived('f', [1], async () => 7)).toBe(7);
  });

  it("drops what read the office written to (its own figures, its supervisors' roll-ups), nobody else's", async () => {
    forgetDerived();
    let runs = 0;
    const compute = async () => ++runs;
    await cachedDerived('office 2', [2], compute);
    await cachedDerived('roll-up of 1', [1, 2, 3], compute);
    await cachedDerived('office 3', [3], compute);
    const told: (number | undefined)[] = [];
    tellOthersWith((agency) => told.push(agency));
    try {
      forgetDerived(2);
      expect(told).toEqual([2]);
      expect(await cachedDerived('office 3', [3], compute)).toBe(3); // kept
      expect(await cachedDerived('office 2', [2], compute)).toBe(4); // recomputed
      expect(await cachedDerived('roll-up of 1', [1, 2, 3], compute)).toBe(5); // recomputed
    } finally {
      tellOthersWith(() => {});
    }
  });

  it("takes a roll-up's offices from the roll-up itself, and drops an entry still computing on any write", async () => {
    forgetDerived();
    let runs = 0;
    const rollup = async () => ({ run: ++runs, agencies: [{ id: 5 }, { id: 6 }] });
    const offices = (r: { agencies: { id: number }[] }) => r.agencies.map((a) => a.id);
    const pending = cachedDerived('roll-up of 5', offices, rollup);
    forgetDerived(99); // offices not known yet: dropped
    await pending;
    expect((await cachedDerived('roll-up of 5', offices, rollup)).run).toBe(2);
    forgetDerived(7); // not in the subtree: kept
    expect((await cachedDerived('roll-up of 5', offices, rollup)).run).toBe(2);
    forgetDerived(6); // in the subtree: recomputed
    expect((await cachedDerived('roll-up of 5', offices, rollup)).run).toBe(3);
  });

  it('tells the other processes of a write here, and not again of one heard from them', async () => {
    let told = 0;
    tellOthersWith(() => told++);
    try {
      let runs = 0;
      const compute = async () => ++runs;
      forgetDerived();
      expect(told).toBe(1);
      expect(await cachedDerived('t', [1], compute)).toBe(1);
      clearDerived(); // what the change feed calls
      expect(told).toBe(1);
      expect(await cachedDerived('t', [1], compute)).toBe(2);
    } finally {
      tellOthersWith(() => {});
    }
  });
});
