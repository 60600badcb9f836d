// Which cases a derived cell counts — the same rules as aggregate.ts, as a case filter, so every
// number on the table opens the list behind it.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Mapping } from './counting-rules';
import { KINDS, type FormatId } from './formats';

type Where = Prisma.CaseWhereInput;

export function casesForCell(
  db: PrismaClient,
  format: FormatId,
  code: string,
  year: number,
  mapping: Mapping[],
  kind?: string,
): Where | null {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  // Requests to correct information (更正, art. 41) are counted outside table 三 (aggregate.ts).
  const application = { requestKind: 'application' } as const;
  const received: Where = { ...application, receivedOn: { gte: from, lt: to } };
  const closed: Where = { ...application, closedOn: { gte: from, lt: to } };
  const mapped = (cell: (m: Mapping) => string): Where => ({
    ...closed,
    dispositionCode: { in: mapping.filter((m) => cell(m) === code || cell(m).startsWith(code + '.')).map((m) => m.code) },
  });
  const withKind = (w: Where | null): Where | null =>
    w && kind && (KINDS as readonly string[]).includes(kind) ? { ...w, applicantKind: kind as (typeof KINDS)[number] } : w;
  const appeal = (kindOf: 'review' | 'suit', outcome?: string, afterReview?: boolean): Where => ({
    appeals: {
      some: {
        kind: kindOf,
        filedOn: { gte: from, lt: to },
        ...(outcome && outcome !== 'total' ? { outcome } : {}),
        ...(afterReview === undefined ? {} : { afterReview }),
      },
    },
  });

  if (format === '2017') {
    const channels: Record<string, Where> = {
      '3.1': received,
      '3.1.1': { ...received, channel: 'in_person' },
      '3.1.2': { ...received, channel: 'fax' },
      '3.1.3': { ...received, channel: { in: ['online', 'email'] } },
      '3.1.4': { ...received, channel: 'letter' },
      '3.2': closed,
      '3.3': closed,
      '3.2.1': { ...closed, OR: [{ baseDueOn: null }, { closedOn: { lte: db.case.fields.baseDueOn } }] },
      '3.2.2': { ...closed, extensionDays: { gt: 0 }, closedOn: { gte: from, lt: to, gt: db.case.fields.baseDueOn } },
      '4': appeal('review'),
      '4.1': appeal('review', 'upheld'),
      '4.2': appeal('review', 'corrected'),
      '4.3': appeal('review', 'other'),
      '5': appeal('suit'),
      '5.1': appeal('suit', 'upheld'),
      '5.2': appeal('suit', 'corrected'),
      '5.3': appeal('suit', 'other'),
      '7': { feePaidOn: { gte: from, lt: to } },
    };
    // Own keys only: a code such as "constructor" must not find Object's prototype.
    if (Object.hasOwn(channels, code)) return channels[code];
    return code.startsWith('3.3.') ? mapped((m) => m.cell2017) : null;
  }
  const m = /^4\.(review|suit_direct|suit_after_review)\.(\w+)$/.exec(code);
  if (m) return m[1] === 'review' ? appeal('review', m[2]) : appeal('suit', m[2], m[1] === 'suit_after_review');
  const rows: Record<string, Where> = {
    '3.1': received,
    '3.2': { ...application, receivedOn: { lt: from }, OR: [{ closedOn: null }, { closedOn: { gte: from } }] },
    '3.4': { ...application, receivedOn: { lt: to }, OR: [{ closedOn: null }, { closedOn: { gte: to } }] },
    '3.3.7': closed,
  };
  if (Object.hasOwn(rows, code)) return withKind(rows[code]);
  return code.startsWith('3.3.') ? withKind(mapped((x) => x.cell2021)) : null;
}
