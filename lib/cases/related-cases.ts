// Hints at intake: the applicant's other cases (same ID number, or same name and phone), and
// earlier applications with similar content from anyone (trigram similarity on the description),
// so a duplicate is noticed while it is being typed, not after it has been answered twice.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { hotQuery } from '@/lib/db/hot-query';
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
const COLUMNS = Prisma.sql`SELECT id, tracking_no, to_char(received_on, 'YYYY-MM-DD') AS received_on, status::text`;
type Row = { id: number; tracking_no: string; received_on: string; status: string };

export async function findRelated(db: PrismaClient, agencyId: number, q: RelatedQuery): Promise<RelatedCase[]> {
  const idNumber = clean(q.idNumber, 40);
  const name = clean(q.name, 200);
  const phone = clean(q.phone, 40);
  const description = clean(q.description, 500);
  const exclude = q.excludeId ?? 0;
  const same =
    idNumber || (name && phone)
      ? await hotQuery<Row>(
          db,
          Prisma.sql`${COLUMNS} FROM disclosure_case
            WHERE agency_id = ${agencyId} AND id <> ${exclude}
              AND (${idNumber ? Prisma.sql`id_number = ${idNumber}` : Prisma.sql`false`} OR ${name && phone ? Prisma.sql`(applicant_name = ${name} AND phone = ${phone})` : Prisma.sql`false`})
            ORDER BY id DESC LIMIT 10`,
        )
      : [];
  // Three characters at least: pg_trgm can't compare less, and a short text matches everything.
  // Ranked among the first SIMILAR_CANDIDATES matches only: a batch of identical applications
  // (hundreds of residents asking for the same plan) otherwise had every registration score them
  // all — 61 ms at 5,000 alike, registrations down to ~30 a second; bounded, 5 ms. Five alike are
  // as good a warning as the five most alike. The office is checked on the matches (agency_id + 0)
  // rather than intersected as an index: once statistics knew of 8,000 alike, PostgreSQL ANDed the
  // trigram matches with the office's whole index entry (209,000 rows, 35 ms a registration, 45
  // registrations a second). Prepared, it is planned once per connection, not at every keystroke
  // (planning a trigram condition reads its statistics: ~2 ms).
  const similar =
    [...description].length >= 6
      ? await hotQuery<Row & { sim: number }>(
          db,
          Prisma.sql`SELECT id, tracking_no, received_on, status, sim FROM (
            ${COLUMNS}, similarity(description, ${description}) AS sim FROM disclosure_case
            WHERE agency_id + 0 = ${agencyId} AND id <> ${exclude} AND description % ${description} LIMIT ${SIMILAR_CANDIDATES}) t
          ORDER BY sim DESC, id DESC LIMIT 5`,
        )
      : [];
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
