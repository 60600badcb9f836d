// The public side of the released-information register (条例 art. 44): what anyone may read at
// /apply/released, the hint /apply shows while a description is typed, and the count of hints that
// answered someone (followed, and no application from that browser afterwards).
import crypto from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isoDate, qb, rows, sql } from '@/lib/db/kysely';
import { cleanQuery } from '@/lib/shared/text';

export interface PublishedItem {
  id: number;
  agency: string;
  title: string;
  summary: string;
  publishedOn: string;
  files: { id: number; fileName: string; size: number }[];
}

const PAGE = 20;
/** word_similarity of an item's title within the typed description at which the hint shows. */
const HINT_AT = 0.5;

/** An item's files, for the list (names and sizes, not the bytes). */
const itemFiles = sql<
  PublishedItem['files']
>`coalesce((SELECT json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'size', f.size) ORDER BY f.id) FROM released_file f WHERE f.item_id = r.id), '[]')`;

const published = () =>
  qb
    .selectFrom('released_item as r')
    .innerJoin('agency as a', 'a.id', 'r.agency_id')
    .where('r.status', '=', 'published')
    .select((eb) => [
      'r.id',
      'a.name as agency',
      'r.title',
      'r.summary',
      isoDate(eb.ref('r.published_on')).as('publishedOn'),
      itemFiles.as('files'),
    ]);

const asItem = (r: Omit<PublishedItem, 'publishedOn'> & { publishedOn: string | null }): PublishedItem => ({
  ...r,
  publishedOn: r.publishedOn ?? '',
});

/** Newest first; with a query, the items whose title or summary contains it. */
export async function searchReleased(db: PrismaClient, query: string | null | undefined, page = 1): Promise<PublishedItem[]> {
  const q = cleanQuery(query, 100);
  let s = published();
  if (q) s = s.where(sql<boolean>`(r.title || ' ' || r.summary) ILIKE ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const found = await rows(
    db,
    s
      .orderBy('r.published_on', 'desc')
      .orderBy('r.id', 'desc')
      .limit(PAGE)
      .offset((Math.max(1, Math.min(page, 1000)) - 1) * PAGE),
  );
  return found.map(asItem);
}

export async function publishedItem(db: PrismaClient, id: number): Promise<PublishedItem | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [r] = await rows(db, published().where('r.id', '=', id));
  return r ? asItem(r) : null;
}

/** A published item's file; null for anything else (a declined item's, a made-up id). */
export async function publishedFile(db: PrismaClient, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.releasedFile.findFirst({
    where: { id, item: { status: 'published' } },
    select: { id: true, fileName: true, contentType: true, data: true },
  });
}

/** Up to three published items of the office whose title appears in what the applicant is typing. */
export async function releasedHints(db: PrismaClient, agencyId: number, description: string) {
  const d = cleanQuery(description, 500);
  if ([...d].length < 6 || !Number.isSafeInteger(agencyId)) return [];
  // Each item scored once, then kept and ranked by that score.
  const scored = qb
    .selectFrom('released_item as r')
    .select((eb) => [
      'r.id',
      'r.title',
      isoDate(eb.ref('r.published_on')).as('publishedOn'),
      eb.fn<number>('word_similarity', ['r.title', eb.val(d)]).as('score'),
    ])
    .where('r.agency_id', '=', agencyId)
    .where('r.status', '=', 'published')
    .as('h');
  return rows(
    db,
    qb.selectFrom(scored).select(['h.id', 'h.title', 'h.publishedOn']).where('h.score', '>=', HINT_AT).orderBy('h.score', 'desc').limit(3),
  );
}

/** Records that a hint was followed; the token goes back to that browser (a cookie). */
export async function followHint(db: PrismaClient, itemId: number): Promise<string | null> {
  const item = await db.releasedItem.findFirst({ where: { id: itemId, status: 'published' }, select: { id: true } });
  if (!item) return null;
  const token = crypto.randomBytes(16).toString('base64url');
  await db.releasedHint.create({ data: { itemId, token } });
  return token;
}

/** The browser that followed a hint applied after all: that hint did not answer it. */
export async function markHintApplied(db: PrismaClient, token: string | undefined): Promise<void> {
  if (!token || token.length > 64) return;
  await db.releasedHint.updateMany({ where: { token }, data: { applied: true } });
}

/** Hints followed to the office's published items, not followed by an application. */
export async function hintsAnswered(db: PrismaClient, agencyId: number): Promise<number> {
  return db.releasedHint.count({ where: { applied: false, item: { agencyId } } });
}
