// After a case changes, the process that changed it tells the others over the change feed: a burst
// of writes sends each office's notice once in a while (broadcast gathers them), not once per write,
// and every notice still arrives within a moment.
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { broadcast, listenForChanges } from '@/lib/db/change-feed';
import { databaseForFile } from '../helpers/db';

const tdb = databaseForFile();
const dropped: (number | undefined)[] = [];
const g = globalThis as unknown as { ddChangeFeed?: pg.Client | 'starting' };

afterAll(async () => {
  const c = g.ddChangeFeed;
  if (c && c !== 'starting') {
    c.removeAllListeners('end');
    await c.end();
  }
});

it('gathers a burst of notices into a few, and each office is told', async () => {
  listenForChanges(tdb.url, { tokens: () => {}, calendar: () => {}, derived: (a) => void dropped.push(a) });
  for (let i = 0; i < 100 && g.ddChangeFeed === 'starting'; i++) await new Promise((r) => setTimeout(r, 20));
  expect(g.ddChangeFeed).not.toBe('starting');
  dropped.length = 0;

  // 200 registrations' worth of notices for office 1 over ~0.4 s, and one for office 2.
  for (let i = 0; i < 200; i++) {
    broadcast('derived:1');
    if (i === 100) broadcast('derived:2');
    await new Promise((r) => setTimeout(r, 2));
  }
  const sentAt = Date.now();
  while (!dropped.includes(2) || dropped.at(-1) !== 1) {
    expect(Date.now() - sentAt).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 200));
  const ones = dropped.filter((a) => a === 1).length;
  expect(ones).toBeGreaterThanOrEqual(1);
  // Sent one by one, the burst gave a notice for every other write; gathered, a few per 50 ms.
  expect(ones).toBeLessThan(30);
  expect(dropped.filter((a) => a === 2)).toEqual([2]);
});
