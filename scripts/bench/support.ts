import pg from 'pg';

/**
 * The median time of each function, measured in turn within each run (a, b, c, a, b, c, …) so a
 * query and its floor see the same moments of the machine; timed one block after the other, a
 * slow second made a ratio swing by 0.2 between runs.
 */
export async function timeInterleaved<K extends string>(runs: number, fns: Record<K, () => Promise<unknown>>): Promise<Record<K, number>> {
  const keys = Object.keys(fns) as K[];
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (const k of keys) await fns[k]();
  for (let i = 0; i < runs; i++) for (const k of keys) times[k].push(await timed(fns[k]));
  return Object.fromEntries(keys.map((k) => [k, median(times[k])])) as Record<K, number>;
}

/**
 * Calls `fn` in batches of five until its time is steady (three batches in a row within 5 % of the
 * one before, none with a call over 1.25× its median) or `maxMs` has passed; returns the ms waited.
 * Right after the fill the machine is not at rest: for a few seconds the year table's floor ran
 * 18–31 ms from one call to the next and the tables up to 38 ms, 1.34× the floor where the batches
 * after gave 1.04–1.12× (docs/performance.md, round three session 11).
 */
export async function settle(fn: () => Promise<unknown>, maxMs = 60_000): Promise<number> {
  const start = Date.now();
  let last = 0;
  let calm = 0;
  while (calm < 3 && Date.now() - start < maxMs) {
    const xs: number[] = [];
    for (let i = 0; i < 5; i++) xs.push(await timed(fn));
    const m = median(xs);
    calm = last && Math.abs(m - last) < 0.05 * last && Math.max(...xs) < 1.25 * m ? calm + 1 : 0;
    last = m;
  }
  return Date.now() - start;
}

/** The wall time of one call, in ms. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time in ms of `runs` calls, after one untimed warm-up call. */
export async function timeMedian(runs: number, fn: () => Promise<unknown>): Promise<number> {
  return (await timeInterleaved(runs, { fn })).fn;
}

/** Drops the secondary indexes of the tables, runs the bulk load, recreates them, and analyzes. */
export async function rebuildIndexes<T>(url: string, tables: string[], loadFn: () => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class ci ON ci.relname = i.indexname JOIN pg_index x ON x.indexrelid = ci.oid
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND NOT x.indisprimary AND NOT x.indisunique`,
    [tables],
  );
  for (const r of rows) await c.query(`DROP INDEX "${r.indexname}"`);
  const result = await loadFn();
  await c.query("SET maintenance_work_mem = '512MB'");
  for (const r of rows) await c.query(r.indexdef);
  // As autovacuum would soon after a bulk load: visibility map and statistics up to date.
  await c.query('VACUUM ANALYZE');
  // Then write it all out now: otherwise the checkpoint after the load runs spread over the next
  // minutes (checkpoint_completion_target) and its writes land in the middle of the measurements.
  await c.query('CHECKPOINT');
  await c.end();
  return result;
}

/** A ledger of `n` closed cases for the import measurement. */
export function importCsv(n: number): string {
  const lines = [
    'trackingNo,receivedOn,channel,applicantKind,applicantName,description,topic,extended,deliveredOn,disposition,fee,reviewFiledOn,reviewOutcome,suitFiledOn,suitAfterReview,suitOutcome',
  ];
  const channels = ['letter', '当面', 'online', 'email', 'fax'];
  const dispositions = ['granted', 'not_held', 'partial', 'deny_privacy', 'other_procedure', 'duplicate'];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 9)).padStart(2, '0');
    lines.push(
      [
        `IMP-${i + 1}`,
        `2016-${month}-${day}`,
        channels[i % 5],
        i % 4 ? 'natural' : 'commercial',
        `台账申请人${i}`,
        `台账第${i}件申请的内容`,
        '土地',
        i % 30 === 0 ? '是' : '否',
        `2016-${String(2 + (i % 9)).padStart(2, '0')}-${day}`,
        dispositions[i % 6],
        '',
        i % 50 === 0 ? `2016-12-${day}` : '',
        i % 50 === 0 ? 'upheld' : '',
        '',
        '否',
        '',
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
