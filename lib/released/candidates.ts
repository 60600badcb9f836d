// Candidates for 依申请公开转主动公开 (条例 art. 44): information the office granted to two or more
// applicants — the same released item or file, or descriptions alike — and any granted application
// whose applicant suggested it. Read from the office's most recent granted applications not yet
// decided; a manager decides each group (decide-release.ts).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isoDate, qb, rows, sql } from '@/lib/db/kysely';
import { GRANTING_DISPOSITIONS as GRANTING } from '@/lib/cases/dispositions';

export interface CandidateCase {
  id: number;
  trackingNo: string;
  description: string;
  closedOn: string;
  suggested: boolean;
  items: string[];
}
export interface Candidate {
  cases: CandidateCase[];
  /** Why these belong together, in Chinese. */
  reasons: string[];
}

/** Granted applications read at most; pairs of them are compared, so this bounds the work. */
const RECENT = 400;
/** pg_trgm similarity at which two descriptions are taken to ask for the same information. */
const ALIKE = 0.45;
/** The reply's list of released items (公开的信息), empty when it has none. */
const replyItems = sql<
  string[]
>`coalesce(array(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(c.reply->'items') = 'array' THEN c.reply->'items' END)), '{}')`;

const undecided = (agencyId: number) =>
  qb
    .selectFrom('disclosure_case as c')
    .where('c.agency_id', '=', agencyId)
    .where('c.disposition_code', 'in', GRANTING)
    .where('c.closed_on', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('released_item as r')
            .select('r.id')
            .where('r.agency_id', '=', agencyId)
            .where(sql<boolean>`c.id = ANY(r.case_ids)`),
        ),
      ),
    );

export async function releaseCandidates(db: PrismaClient, agencyId: number): Promise<Candidate[]> {
  const recent = await rows(
    db,
    undecided(agencyId)
      .select(['c.id', 'c.tracking_no', 'c.description', 'c.suggest_publish', replyItems.as('items')])
      .select((eb) => isoDate(eb.ref('c.closed_on')).as('closed_on'))
      .orderBy('c.closed_on', 'desc')
      .orderBy('c.id', 'desc')
      .limit(RECENT),
  );
  if (recent.length === 0) return [];
  const ids = recent.map((r) => r.id);
  const [alike, sameFile] = await Promise.all([
    rows(
      db,
      qb
        .selectFrom('disclosure_case as a')
        .innerJoin('disclosure_case as b', (j) => j.on(sql<boolean>`a.id < b.id`))
        .select(['a.id as a', 'b.id as b'])
        .where('a.id', 'in', ids)
        .where('b.id', 'in', ids)
        .where((eb) => eb(eb.fn<number>('similarity', ['a.description', 'b.description']), '>=', ALIKE)),
    ),
    rows(
      db,
      qb
        .selectFrom('attachment')
        .select(sql<number[]>`array_agg(DISTINCT case_id)`.as('ids'))
        .where('case_id', 'in', ids)
        .where('kind', '=', 'released')
        .groupBy('sha256')
        .having(sql<boolean>`count(DISTINCT case_id) > 1`),
    ),
  ]);
  return groupCandidates(
    recent.map((r) => ({
      id: r.id,
      trackingNo: r.tracking_no,
      description: r.description,
      closedOn: r.closed_on ?? '',
      suggested: r.suggest_publish,
      items: r.items,
    })),
    alike.map((p) => [p.a, p.b] as const),
    sameFile.map((g) => g.ids),
  );
}

/** Joins the cases linked by alike descriptions, a shared released file or a shared item name. */
export function groupCandidates(
  cases: CandidateCase[],
  alike: readonly (readonly [number, number])[],
  sameFile: readonly number[][],
): Candidate[] {
  const parent = new Map(cases.map((c) => [c.id, c.id]));
  const root = (id: number): number => {
    const p = parent.get(id)!;
    return p === id ? id : root(p);
  };
  const why = new Map<number, Set<string>>();
  const link = (a: number, b: number, reason: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const ra = root(a);
    const rb = root(b);
    const reasons = new Set([...(why.get(ra) ?? []), ...(why.get(rb) ?? []), reason]);
    parent.set(rb, ra);
    why.set(ra, reasons);
  };
  for (const [a, b] of alike) link(a, b, '申请内容相近');
  for (const g of sameFile) for (const id of g.slice(1)) link(g[0], id, '公开了相同的文件');
  const byItem = new Map<string, number>();
  for (const c of cases)
    for (const item of c.items.map((i) => i.trim()).filter(Boolean)) {
      const first = byItem.get(item);
      if (first === undefined) byItem.set(item, c.id);
      else link(first, c.id, '公开了相同的信息');
    }
  const groups = new Map<number, CandidateCase[]>();
  for (const c of cases) groups.set(root(c.id), [...(groups.get(root(c.id)) ?? []), c]);
  return [...groups.entries()]
    .filter(([, g]) => g.length > 1 || g[0].suggested)
    .map(([r, g]) => ({
      cases: g,
      reasons: [...(why.get(r) ?? []), ...(g.some((c) => c.suggested) ? ['申请人建议主动公开'] : [])],
    }))
    .sort((x, y) => y.cases.length - x.cases.length || y.cases[0].closedOn.localeCompare(x.cases[0].closedOn));
}
