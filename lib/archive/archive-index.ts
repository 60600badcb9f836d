// The 卷内目录 of one application's file (一案一档, 条例 art. 45): its pieces in the order the archive
// keeps them — 申请, 审批, 答复, 送达 — each with 文号, 责任者, 题名, 日期, 页数 and 备注, and what
// is missing from the file before it is filed (a letter never issued, a delivery without 送达回证,
// a letter or the timeline not yet rendered as PDF). Pure: the package writer and the 归档 page
// both read it.
import { dispositionDef } from '@/lib/cases/dispositions';
import type { IsoDate } from '@/lib/shared/dates';

interface ArchiveDocument {
  id: number;
  kind: string;
  name: string;
  docNo: string;
  version: number;
  date: IsoDate;
  pages: number | null;
}
interface ArchiveAttachment {
  id: number;
  kind: string;
  fileName: string;
  date: IsoDate;
}
export interface ArchiveCase {
  agencyName: string;
  trackingNo: string;
  applicantName: string;
  channel: string;
  receivedOn: IsoDate;
  closedOn: IsoDate | null;
  disposition: string | null;
  counter: boolean;
  deliveryMethod: string | null;
  documents: ArchiveDocument[];
  attachments: ArchiveAttachment[];
  /** Pages of the timeline's PDF; null when none is stored for its current text. */
  timelinePages: number | null;
  /** A reply given at the counter: its 当场答复记录's PDF pages (null: none yet). Absent for any other case. */
  counterRecordPages?: number | null;
}
type Source = { document: number } | { attachment: number } | { timeline: true } | { counterRecord: true };
export interface ArchiveEntry {
  seq: number;
  docNo: string;
  author: string;
  title: string;
  date: IsoDate;
  pages: number | null;
  note: string;
  source: Source;
}

const FROM_APPLICANT: Record<string, string> = {
  scan: '申请书（扫描件）',
  id_copy: '身份证明',
  authorization: '授权委托书',
  other: '申请人提交的材料',
};
const APPLYING = new Set(['register_form', 'receipt', 'in_person_receipt']);
const SERVING = new Set(['delivery_receipt']);
/** Deliveries the office proves with a 送达回证 (post has the postal receipt too; online and e-mail leave their own record). */
const NEEDS_SERVICE_PROOF = new Set(['post', 'pickup']);

export function archiveIndex(c: ArchiveCase): { entries: ArchiveEntry[]; missing: string[] } {
  const letter = (d: ArchiveDocument): Omit<ArchiveEntry, 'seq'> => ({
    docNo: d.docNo,
    author: c.agencyName,
    title: d.name,
    date: d.date,
    pages: d.pages,
    note: d.version > 1 ? `第 ${d.version} 版` : '',
    source: { document: d.id },
  });
  const byDate = <T extends { date: IsoDate; id: number }>(xs: T[]) => [...xs].sort((x, y) => x.date.localeCompare(y.date) || x.id - y.id);
  const docs = byDate(c.documents);
  const entries: Omit<ArchiveEntry, 'seq'>[] = [
    // 申请: what the applicant handed in, then its registration and receipt.
    ...byDate(c.attachments.filter((a) => a.kind in FROM_APPLICANT)).map((a) => ({
      docNo: '',
      author: c.applicantName,
      title: `${FROM_APPLICANT[a.kind]}：${a.fileName}`,
      date: a.date,
      pages: null,
      note: '',
      source: { attachment: a.id },
    })),
    ...docs.filter((d) => APPLYING.has(d.kind)).map(letter),
    // 审批: the record of how it was handled (steps, approvals, 保密审查, 签发).
    {
      docNo: '',
      author: c.agencyName,
      title: `办理过程记录（${c.trackingNo}）`,
      date: c.closedOn ?? c.receivedOn,
      pages: c.timelinePages,
      note: '',
      source: { timeline: true },
    },
    // 答复: the reply given at the counter, or every other letter as issued, in order.
    ...(c.counterRecordPages !== undefined
      ? [
          {
            docNo: '',
            author: c.agencyName,
            title: '当场答复记录',
            date: c.receivedOn,
            pages: c.counterRecordPages,
            note: '申请人签字件另存',
            source: { counterRecord: true } as const,
          },
        ]
      : []),
    ...docs.filter((d) => !APPLYING.has(d.kind) && !SERVING.has(d.kind)).map(letter),
    // 送达: the information released with the reply, and the proof of service.
    ...byDate(c.attachments.filter((a) => a.kind === 'released')).map((a) => ({
      docNo: '',
      author: c.agencyName,
      title: `公开的信息：${a.fileName}`,
      date: a.date,
      pages: null,
      note: '',
      source: { attachment: a.id },
    })),
    ...docs.filter((d) => SERVING.has(d.kind)).map(letter),
  ];
  return { entries: entries.map((e, i) => ({ ...e, seq: i + 1 })), missing: missingFrom(c) };
}

function missingFrom(c: ArchiveCase): string[] {
  const kinds = new Set(c.documents.map((d) => d.kind));
  const missing: string[] = [];
  const def = dispositionDef(c.disposition);
  if (c.closedOn && def?.letter && !c.counter && !kinds.has(def.letter)) missing.push(`未出具答复文书（${def.label}）`);
  if (c.closedOn && c.deliveryMethod && NEEDS_SERVICE_PROOF.has(c.deliveryMethod) && !c.counter && !kinds.has('delivery_receipt'))
    missing.push('答复已送达，但未出具送达回证');
  if (c.channel !== 'online' && !c.counter && !c.attachments.some((a) => a.kind === 'scan')) missing.push('未上传申请书扫描件');
  for (const d of c.documents) if (d.pages === null) missing.push(`${d.name}${d.docNo ? `（${d.docNo}）` : ''}尚无 PDF 版本`);
  if (c.timelinePages === null) missing.push('办理过程记录尚无 PDF 版本（或已过时）');
  if (c.counterRecordPages === null) missing.push('当场答复记录尚无 PDF 版本');
  return missing;
}
