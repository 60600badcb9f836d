// What a long-lived server must not keep after a request ends (lib/runtime/abort-reasons.ts,
// lib/statistics/derived-cache.ts), checked with real garbage collections.
import { AsyncLocalStorage } from 'node:async_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { formatAbortReasons } from '@/lib/runtime/abort-reasons';
import { cachedDerived, forgetDerived } from '@/lib/statistics/derived-cache';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collected(ref: WeakRef<object>) {
  for (let i = 0; i < 5 && ref.deref(); i++) {
    await tick();
    gc();
  }
  return !ref.deref();
}

/** Aborts a controller the way React ends a render: with an Error made inside a setImmediate callback. */
async function abortInsideImmediate() {
  const controller = new AbortController();
  let entry: NodeJS.Immediate | null = null;
  await new Promise<void>((done) => {
    entry = setImmediate(function onImmediate() {
      controller.abort(new Error('render completed'));
      done();
    });
  });
  const ref = new WeakRef(entry!);
  entry = null;
  return { controller, ref };
}

describe('finished requests are let go', () => {
  it("an aborted signal's reason no longer holds the setImmediate entry it was made in", async () => {
    // V8's premise, so the test can fail: an unread stack keeps its frames, and with them the entry.
    const before = await abortInsideImmediate();
    expect(await collected(before.ref)).toBe(false);
    expect(before.controller.signal.aborted).toBe(true);

    formatAbortReasons();
    formatAbortReasons(); // once only, however often the server registers
    const after = await abortInsideImmediate();
    expect(await collected(after.ref)).toBe(true);
    expect(after.controller.signal.aborted).toBe(true);
    expect((after.controller.signal.reason as Error).stack).toContain('render completed');
  });

  it('a cached figure does not keep the request that computed it', async () => {
    forgetDerived();
    const storage = new AsyncLocalStorage<object>();
    let request: object | null = { name: 'a request' };
    const ref = new WeakRef(request);
    const value = await storage.run(request, () => cachedDerived('retention', [1], async () => ({ total: 7 })));
    request = null;
    expect(value).toEqual({ total: 7 });
    expect(await collected(ref)).toBe(true);
    expect(await cachedDerived('retention', [1], async () => ({ total: 8 }))).toEqual({ total: 7 }); // still served from the cache
  });
});
