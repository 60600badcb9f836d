// A member of the public applies online: the form is checked, limits are applied (per address and
// per ID number), the attachments are checked by content, and the submission waits for the office
// to confirm it (art. 31(3)). The applicant gets a query code, shown once and mailed if an address
// was given. Nothing here is reachable with a staff session: it's the public side.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { lockUntilCommit } from '@/lib/db/kysely';
import { ATTACHMENT_LIMITS, pgStore, type IncomingFile } from '@/lib/attachments/store';
import { enqueueMail } from '@/lib/mail/outbox';
import { DomainError } from '@/lib/shared/errors';
import { publicApplicationSchema } from './application-schema';
import { challengeNeeded, checkChallenge, proofMissing, proofNeeded, submissionsInLastHour } from './challenge';
import { hashCode, newQueryCode } from './query-code';

export const SUBMISSION_LIMITS = { perAddressPerHour: 5, perIdPerDay: 3 };

class TooManyError extends DomainError {
  constructor(message: string) {
    super('limited', message);
  }
}

export async function submitApplication(db: PrismaClient, input: unknown, files: IncomingFile[], address: string) {
  const v = publicApplicationSchema.parse(input);
  if (v.website) return { queryCode: newQueryCode(), stored: false }; // a bot: thanked, not stored
  if (files.length > ATTACHMENT_LIMITS.maxFiles) throw new DomainError('invalid', `附件不超过 ${ATTACHMENT_LIMITS.maxFiles} 个`, 'files');
  const agency = v.agencyId
    ? await db.agency.findUnique({ where: { id: v.agencyId } })
    : await db.agency.findFirst({ orderBy: { id: 'asc' } });
  if (!agency) throw new DomainError('invalid', '受理机关不存在', 'agencyId');
  const identity = v.kind === 'natural' ? v.idNumber : v.orgCode;
  // A proof of work, when one was sent, is checked (and used up) before anything else; whether one
  // was needed is decided again below, under the locks.
  const solved = v.challenge !== undefined;
  if (solved) await checkChallenge(db, v.challenge);
  else if (await challengeNeeded(db, address)) throw proofMissing();
  const queryCode = newQueryCode();
  const data = Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'website' && k !== 'consent' && k !== 'challenge'));
  await db.$transaction(
    async (tx) => {
      // The limits are counted and the submission stored while this address and this identity are
      // locked, so parallel submissions are counted one after the other and can't all slip under
      // a limit (round three's test got 5 of 12 through where 2 should have been).
      await lockUntilCommit(tx, `portal:address:${address}`);
      await lockUntilCommit(tx, `portal:identity:${identity}`);
      const [byAddress, byId] = await Promise.all([
        submissionsInLastHour(tx, address),
        tx.submission.count({ where: { idNumber: identity, submittedAt: { gte: new Date(Date.now() - 86_400_000) } } }),
      ]);
      if (byAddress >= SUBMISSION_LIMITS.perAddressPerHour)
        throw new TooManyError('提交过于频繁，请一小时后再试；如有大量申请，请与本机关联系');
      if (byId >= SUBMISSION_LIMITS.perIdPerDay)
        throw new TooManyError('同一申请人今天已提交多件申请，请明天再试；如有大量申请，请与本机关联系');
      if (proofNeeded(byAddress) && !solved) throw proofMissing();
      const s = await tx.submission.create({
        data: { agencyId: agency.id, codeHash: hashCode(queryCode), data, address: address.slice(0, 64), idNumber: identity },
      });
      for (const f of files) await pgStore.put(tx, { agencyId: agency.id, submissionId: s.id }, f);
      await enqueueMail(
        tx,
        agency.id,
        v.email,
        `【${agency.name}】已收到您的政府信息公开申请`,
        `${v.name}：\n\n您通过网上提交的政府信息公开申请已收到，本机关确认后将登记受理并计算答复期限。\n\n查询码：${queryCode}\n（请妥善保存，凭查询码在本机关网站“申请查询”页面查看办理进度。）\n\n${agency.name}`,
      );
    },
    { timeout: 30_000 },
  );
  return { queryCode, stored: true };
}

/** The offices the public may apply to, for the form's 受理机关 choice. */
export const publicAgencies = (db: PrismaClient) => db.agency.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true } });
