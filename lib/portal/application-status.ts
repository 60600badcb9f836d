// What an applicant sees with their query code: where the application stands, in plain words,
// never their full ID number or phone. A wrong code costs the same work as a right one, and
// repeated wrong codes from one address are throttled.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { deadlinesOf } from '@/lib/cases/case-state';
import { loadCase } from '@/lib/cases/load-case';
import { maskId } from '@/lib/cases/queries';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { chinaDate, formatCn, fromDate } from '@/lib/shared/dates';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { kindById } from '@/lib/documents/catalog';
import { countFailure, recentFailures } from '@/lib/auth/throttle';
import { hashCode } from './query-code';

const WRONG_CODES = { perAddress: 10, windowSeconds: 15 * 60 };

export interface StatusView {
  status: 'pending' | 'discarded' | 'registered' | 'replied';
  statusLabel: string;
  submittedOn: string;
  applicant: { name: string; idNumber: string; phone: string };
  discardReason?: string;
  trackingNo?: string;
  receivedOn?: string;
  dueOn?: string | null;
  events?: string[];
  documents?: { id: number; name: string; docNo: string }[];
  files?: { id: number; name: string }[];
}

/** Counts a wrong code against the address; refuses once there have been too many lately. */
async function checkWrongCodes(db: PrismaClient, address: string, wrong: boolean) {
  const key = `code:${address}`;
  if (wrong) await countFailure(db, key, WRONG_CODES.windowSeconds);
  else if ((await recentFailures(db, key, WRONG_CODES.windowSeconds)) >= WRONG_CODES.perAddress)
    throw new DomainError('limited', '查询码错误次数过多，请 15 分钟后再试');
}

export async function applicationStatus(db: PrismaClient, code: string, address: string): Promise<StatusView> {
  await checkWrongCodes(db, address, false);
  const s = await db.submission.findUnique({ where: { codeHash: hashCode(code) } });
  if (!s) {
    await checkWrongCodes(db, address, true);
    throw notFoundError('该查询码对应的申请');
  }
  const data = s.data as { name: string; idNumber?: string; orgCode?: string; phone: string };
  const base = {
    submittedOn: formatCn(chinaDate(s.submittedAt)),
    applicant: { name: data.name, idNumber: maskId(data.idNumber || data.orgCode || ''), phone: maskId(data.phone ?? '') },
  };
  if (s.status === 'discarded') return { ...base, status: 'discarded', statusLabel: '未予受理', discardReason: s.discardReason ?? '' };
  if (s.status !== 'confirmed' || !s.caseId) return { ...base, status: 'pending', statusLabel: '已提交，等待本机关确认' };
  const [{ row, state }, cal] = await Promise.all([loadCase(db, s.caseId, s.agencyId), cachedCalendar(db)]);
  const dl = deadlinesOf(cal, state);
  const events: string[] = [];
  for (const c of state.corrections) {
    events.push(
      `${formatCn(c.requestedOn)} 本机关要求补正：${c.items}（补正期限 ${formatCn(c.limitOn)}）${c.receivedOn ? `；${formatCn(c.receivedOn)} 收到补正` : ''}`,
    );
  }
  for (const c of state.consultations)
    events.push(
      `${formatCn(c.sentOn)} 本机关征求第三方意见，其间不计入答复期限${c.answeredOn ? `（${formatCn(c.answeredOn)} 收到意见）` : ''}`,
    );
  if (state.extensionApprovedOn) events.push(`${formatCn(state.extensionApprovedOn)} 答复期限延长 ${state.extensionDays} 个工作日`);
  if (state.customApprovedOn && state.customDueOn)
    events.push(`${formatCn(state.customApprovedOn)} 本机关确定延迟答复的合理期限：${formatCn(state.customDueOn)}`);
  const replied = state.status === 'closed';
  const electronic = replied && (state.delivery?.method === 'email' || state.delivery?.method === 'online');
  const [documents, files] = electronic
    ? await Promise.all([
        db.document.findMany({
          where: { caseId: row.id, cls: { gte: 7 }, addressee: '' },
          orderBy: { id: 'asc' },
          select: { id: true, kind: true, docNo: true, version: true },
        }),
        db.attachment.findMany({
          where: { caseId: row.id, kind: 'released' },
          orderBy: { id: 'asc' },
          select: { id: true, fileName: true },
        }),
      ])
    : [[], []];
  return {
    ...base,
    status: replied ? 'replied' : 'registered',
    statusLabel: replied ? `已答复（${formatCn(state.closedOn!)}）` : '已受理，正在办理',
    trackingNo: row.trackingNo,
    receivedOn: formatCn(fromDate(row.receivedOn)),
    dueOn: replied || !dl.dueOn ? null : formatCn(dl.dueOn),
    events,
    documents: documents.map((d) => ({ id: d.id, name: kindById(d.kind)?.name ?? '答复书', docNo: d.docNo })),
    files: files.map((f) => ({ id: f.id, name: f.fileName })),
  };
}

/** A delivered letter or released file, for the applicant who holds the code. */
export async function deliveredFile(db: PrismaClient, code: string, what: 'document' | 'file', id: number) {
  const s = await db.submission.findUnique({ where: { codeHash: hashCode(code) } });
  if (!s?.caseId) throw notFoundError('文件');
  // Only what was delivered to the applicant electronically is theirs to download here.
  const delivered = await db.caseEvent.findFirst({ where: { caseId: s.caseId, type: 'delivered' }, orderBy: { id: 'desc' } });
  const method = (delivered?.data as { method?: string } | null)?.method;
  if (method !== 'email' && method !== 'online') throw notFoundError('文件');
  if (what === 'document') {
    const d = await db.document.findFirst({ where: { id, caseId: s.caseId, cls: { gte: 7 }, addressee: '' } });
    if (!d) throw notFoundError('文件');
    return {
      id: d.id,
      fileName: `${d.docNo}.docx`,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: d.file,
    };
  }
  const a = await db.attachment.findFirst({ where: { id, caseId: s.caseId, kind: 'released' } });
  if (!a) throw notFoundError('文件');
  return a;
}
