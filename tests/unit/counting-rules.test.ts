// The counting rules on hand-made groups: each number of the year tables from the rows that feed
// it, the totals and sub-totals, and what is left unmapped (the SQL that produces the groups is
// tested against the seed's real tables in tests/integration).
import { describe, expect, it } from 'vitest';
import { emptyGroups, type Groups } from '@/lib/statistics/aggregate';
import { deriveCells, type KindCell, type Mapping } from '@/lib/statistics/counting-rules';
import { DISPOSITIONS } from '@/lib/cases/dispositions';

const MAPPING: Mapping[] = Object.entries(DISPOSITIONS).map(([code, d]) => ({
  code,
  label: d.label,
  cell2017: d.cell2017,
  cell2021: d.cell2021,
}));
const groups = (g: Partial<Groups>): Groups => ({ ...emptyGroups(), ...g });
const closed = (code: string | null, kind: string, n: number, onTime = true, extended = false) => ({ code, kind, onTime, extended, n });
const kinds = (c: unknown) => c as KindCell;

describe('the 2021 table (国办公开办函〔2021〕30号)', () => {
  const g = groups({
    received: [
      { channel: 'letter', kind: 'natural', n: 5 },
      { channel: 'online', kind: 'commercial', n: 2 },
    ],
    carriedIn: [{ kind: 'natural', n: 1 }],
    carriedOut: [{ kind: 'commercial', n: 1 }],
    closed: [
      closed('granted', 'natural', 3),
      closed('partial', 'commercial', 1),
      closed('deny_privacy', 'natural', 1),
      closed('not_held', 'natural', 1),
      closed('confirmation', 'natural', 1),
      closed(null, 'commercial', 0),
    ],
    appeals: [
      { kind: 'review', afterReview: false, outcome: 'upheld', n: 2 },
      { kind: 'suit', afterReview: true, outcome: 'pending', n: 1 },
      { kind: 'suit', afterReview: false, outcome: 'corrected', n: 1 },
    ],
  });
  const { cells, unmapped } = deriveCells('2021', g, MAPPING);

  it('counts by applicant kind, each row totalled', () => {
    expect(kinds(cells['3.1'])).toMatchObject({ natural: 5, commercial: 2, total: 7 });
    expect(kinds(cells['3.2']).total).toBe(1);
    expect(kinds(cells['3.4'])).toMatchObject({ commercial: 1, total: 1 });
  });

  it('puts each disposition in its leaf and adds the leaves up', () => {
    expect(kinds(cells['3.3.1']).total).toBe(3);
    expect(kinds(cells['3.3.2'])).toMatchObject({ commercial: 1, total: 1 });
    expect(kinds(cells['3.3.3.4']).total).toBe(1);
    expect(kinds(cells['3.3.3']).total).toBe(1);
    expect(kinds(cells['3.3.4.1']).total).toBe(1);
    expect(kinds(cells['3.3.5.5']).total).toBe(1);
    expect(kinds(cells['3.3.7']).total).toBe(7);
    expect(unmapped).toBe(0);
  });

  it('keeps the form’s balance: received + carried in = closed + carried over', () => {
    const t = (code: string) => kinds(cells[code]).total;
    expect(t('3.1') + t('3.2')).toBe(t('3.3.7') + t('3.4'));
  });

  it('counts reviews and suits by group and outcome, a suit after review in its own group', () => {
    expect(cells['4.review.upheld']).toBe(2);
    expect(cells['4.review.total']).toBe(2);
    expect(cells['4.suit_after_review.pending']).toBe(1);
    expect(cells['4.suit_direct.corrected']).toBe(1);
    expect(cells['4.suit_direct.total']).toBe(1);
    expect(cells['4.suit_direct.pending']).toBe(0);
  });

  it('counts a disposition with no cell as unmapped, outside every leaf but inside the total', () => {
    const r = deriveCells('2021', groups({ closed: [closed('no_such_code', 'natural', 2)] }), MAPPING);
    expect(r.unmapped).toBe(2);
    expect(kinds(r.cells['3.3.7']).total).toBe(2);
    expect(kinds(r.cells['3.3.1']).total).toBe(0);
  });

  it('has no 其他处理 sub-rows in the 2019 trial format', () => {
    const r = deriveCells('2019', g, MAPPING);
    expect(r.cells['3.3.6.1']).toBeUndefined();
    expect(r.cells['3.3.6']).toBeDefined();
  });
});

describe('the 2017 table', () => {
  it('counts by channel, on time / extended / late, and fees in 万元', () => {
    const { cells } = deriveCells(
      '2017',
      groups({
        received: [
          { channel: 'in_person', kind: 'natural', n: 2 },
          { channel: 'email', kind: 'natural', n: 1 },
          { channel: 'online', kind: 'natural', n: 1 },
          { channel: 'letter', kind: 'natural', n: 3 },
        ],
        closed: [
          closed('granted', 'natural', 2, true),
          closed('not_held', 'natural', 1, false, true),
          closed('granted', 'natural', 1, false),
        ],
        complaints: 3,
        feesYuan: 1234,
      }),
      MAPPING,
    );
    expect([cells['3.1'], cells['3.1.1'], cells['3.1.3'], cells['3.1.4']]).toEqual([7, 2, 2, 3]);
    expect([cells['3.2'], cells['3.2.1'], cells['3.2.2'], cells['x.late']]).toEqual([4, 2, 1, 1]);
    expect(cells['3.3']).toBe(4);
    expect(cells['6']).toBe(3);
    expect(cells['7']).toBe(0.1234);
  });
});
