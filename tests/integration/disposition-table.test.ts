// The one disposition table (lib/cases/dispositions.ts) against what the migrations seeded into the
// catalogue: every code, label, article and year-table cell agrees, and every letter it names exists.
import { describe, expect, it } from 'vitest';
import { DISPOSITIONS, DISPOSITION_CODES, replyDispositions } from '@/lib/cases/dispositions';
import { KINDS } from '@/lib/documents/catalog';
import { databaseForFile } from '../helpers/db';

const tdb = databaseForFile();

describe('the disposition table', () => {
  it('is the seeded catalogue, code for code', async () => {
    const rows = await tdb.prisma.disposition.findMany({ orderBy: { sort: 'asc' } });
    expect(rows.map((r) => r.code).sort()).toEqual([...DISPOSITION_CODES].sort());
    for (const r of rows) {
      const d = DISPOSITIONS[r.code as keyof typeof DISPOSITIONS];
      const reviewFirst = 'reviewFirst' in d && !!d.reviewFirst;
      expect(
        { label: r.label, article: r.article, cell2017: r.cell2017, cell2021: r.cell2021, reviewFirst: r.reviewFirst },
        r.code,
      ).toEqual({
        label: d.label,
        article: d.article,
        cell2017: d.cell2017,
        cell2021: d.cell2021,
        reviewFirst,
      });
    }
  });

  it('names only letters of the catalogue, and offers each regime only its own dispositions', () => {
    const kinds = new Set(KINDS.map((k) => k.id));
    for (const d of Object.values(DISPOSITIONS)) if (d.letter) expect(kinds).toContain(d.letter);
    expect(replyDispositions('2019')).not.toContain('amend_requested');
    expect(replyDispositions('2007')).toContain('amend_requested');
    expect(replyDispositions('2007')).not.toContain('mass');
    for (const r of ['2007', '2019'] as const) expect(replyDispositions(r).some((c) => c.startsWith('abandoned_'))).toBe(false);
  });
});
