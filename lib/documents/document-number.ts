// 文号 such as 国土资依告〔2025〕17号: 〔 〕 brackets, no zero padding (GB/T 9704), numbered per
// agency, class and year without gaps or duplicates. The counter row is bumped in the issuing
// transaction, so concurrent issues queue on its lock and a failed issue gives its number back.
import type { Prisma } from '@/lib/generated/prisma/client';
import { qb, rows } from '@/lib/db/kysely';

/** Default prefixes: the agency's short name + 依 + one character naming the class. */
export const CLASS_SUFFIX: Record<number, string> = {
  1: '依收',
  2: '依补',
  3: '依说',
  4: '依延',
  5: '依征',
  6: '依费',
  7: '依公',
  8: '依部',
  9: '依不',
  10: '依无',
  11: '依处',
  12: '依更',
};

export function formatDocNo(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

export async function nextDocSeq(tx: Prisma.TransactionClient, agencyId: number, cls: number, year: number): Promise<number> {
  const [r] = await rows(
    tx,
    qb
      .insertInto('doc_counter')
      .values({ agency_id: agencyId, cls, year, last: 1 })
      .onConflict((oc) => oc.columns(['agency_id', 'cls', 'year']).doUpdateSet((eb) => ({ last: eb('doc_counter.last', '+', 1) })))
      .returning('last'),
  );
  return r.last;
}

export async function prefixFor(tx: Prisma.TransactionClient, agencyId: number, cls: number, shortName: string): Promise<string> {
  const row = await tx.docPrefix.findUnique({ where: { agencyId_cls: { agencyId, cls } } });
  return row?.prefix ?? shortName + CLASS_SUFFIX[cls];
}
