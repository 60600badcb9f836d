// Hints at intake: the applicant's other cases (same ID number, or same name and phone), and
// earlier applications with similar content from anyone (trigram similarity on the description),
// so a duplicate is noticed while it is being typed, not after it has been answered twice.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { SqlBool } from 'kysely';
import { compiledOnce, isoDate, qb, rows, sql } from '@/lib/db/kysely';
import { cleanQuery } from '@/lib/shared/text';

export interface RelatedCase {
  id: number;
  trackingNo: string;
  reason: string;
  receivedOn: string;
  status: string;
}
export interface RelatedQuery {
  idNumber?: string;
  name?: string;
  phone?: string;
  description?: string;
  excludeId?: number;
}

const clean = cleanQuery;
const SIMILAR_CANDIDATES = 200;
const cases = () =>
  qb
    .selectFrom('disclosure_case as c')
    .select((eb) => ['c.id', 'c.tracking_no', isoDate(eb.ref('c.received_on')).as('received_on'), 'c.status']);

export async function findRelated(db: PrismaClient, agencyId: number, q: RelatedQuery): Promise<RelatedCase[]> {
  const idNumber = clean(q.idNumber, 40);
  const name = clean(q.name, 200);
  const phone = clean(q.phone, 40);
  const description = clean(q.description, 500);
  const exclude = q.excludeId ?? 0;
  const same =
    idNumber || (name && phone)
      ? await rows(
          db,
          cases()
            .where('c.agency_id', '=', agencyId)
            .where('c.id', '<>', exclude)
            .where((eb) =>
              eb.or([
                idNumber ? eb('c.id_number', '=', idNumber) : eb.lit(false),
                name && phone ? eb.and([eb('c.applicant_name', '=', name), eb('c.phone', '=', phone)]) : eb.lit(false),
              ]),
            )
            .orderBy('c.id', 'desc')
            .limit(10),
        )
      : [];
  // Three characters at least: pg_trgm can't compare less, and a short text matches everything.
  const similar = [...description].length >= 6 ? await alike(db, agencyId, description, exclude, q.description ?? '') : [];
  const out = new Map<number, RelatedCase>();
  for (const r of same)
    out.set(r.id, {
      id: r.id,
      trackingNo: r.tracking_no,
      reason: idNumber ? '同一申请人（证件号码相同）' : '同一申请人（姓名和电话相同）',
      receivedOn: r.received_on,
      status: r.status,
    });
  for (const r of similar) {
    const prev = out.get(r.id);
    const reason = `申请内容相近（相似度${Math.round(r.sim * 100)}%）`;
    out.set(
      r.id,
      prev
        ? { ...prev, reason: `${prev.reason}，${reason}` }
        : { id: r.id, trackingNo: r.tracking_no, reason, receivedOn: r.received_on, status: r.status },
    );
  }
  return [...out.values()];
}

type Alike = { id: number; tracking_no: string; received_on: string; status: string; sim: number };
const SHOWN = 5;

// Compiled once (compiledOnce): every registration runs it, and building it in Kysely cost more
// of the server's time than PostgreSQL's index lookup.
const identicalTo = compiledOnce({ agency: 0, description: '', exclude: 0 }, (v) =>
  cases()
    .select(sql<number>`1::float8`.as('sim'))
    .where('c.agency_id', '=', v.agency)
    .where(sql<string>`md5(c.description)`, '=', sql<string>`md5(${v.description})`)
    .where('c.description', '=', v.description)
    .where('c.id', '<>', v.exclude)
    .orderBy('c.id', 'desc')
    .limit(SHOWN),
);

/**
 * The five applications most like this description. Identical ones first, from their own index
 * (md5 of the text, newest first): a batch of identical applications (hundreds of residents asking
 * for the same plan) otherwise had every registration build the trigram index's whole bitmap of
 * them — ~5 ms of PostgreSQL at 5,000 alike, most of a registration's cost — and five identical are
 * as good a warning as any. Only when fewer than five are identical are the trigram matches scored.
 */
async function alike(db: PrismaClient, agencyId: number, description: string, exclude: number, whole: string): Promise<Alike[]> {
  // The cleaned text equals the stored one only when cleaning removed nothing (it trims and caps).
  const identical = whole === description ? await rows(db, identicalTo({ agency: agencyId, description, exclude })) : [];
  if (identical.length >= SHOWN) return identical;
  // Ranked among the first SIMILAR_CANDIDATES matches only: unbounded, 61 ms at 5,000 alike,
  // bounded 5 ms. The office is checked on the matches (agency_id + 0) rather than intersected as an
  // index: once statistics knew of 8,000 alike, PostgreSQL ANDed the trigram matches with the
  // office's whole index entry (209,000 rows, 35 ms a registration). Prepared, it is planned once
  // per connection, not at every keystroke (planning a trigram condition reads its statistics: ~2 ms).
  const scored = await rows(
    db,
    qb
      .selectFrom(
        cases()
          .select((eb) => eb.fn<number>('similarity', ['c.description', eb.val(description)]).as('sim'))
          .where((eb) => eb(eb('c.agency_id', '+', 0), '=', agencyId))
          .where('c.id', '<>', exclude)
          .where((eb) => sql<SqlBool>`${eb.ref('c.description')} % ${description}`)
          .limit(SIMILAR_CANDIDATES)
          .as('t'),
      )
      .selectAll()
      .orderBy('t.sim', 'desc')
      .orderBy('t.id', 'desc')
      .limit(SHOWN),
  );
  const seen = new Set(identical.map((r) => r.id));
  return [...identical, ...scored.filter((r) => !seen.has(r.id))].sort((x, y) => y.sim - x.sim || y.id - x.id).slice(0, SHOWN);
}
