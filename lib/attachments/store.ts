// One attachment store for the public form, intake scans and released information. Files live in
// PostgreSQL (so the two-command start and backup/restore cover them) behind this small interface,
// so an S3-compatible store can take its place later. Every file is checked by its content, not
// its name: an executable called .pdf is refused.
import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/shared/errors';

export const ATTACHMENT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxFiles: 5 };
const ALLOWED: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
export const ATTACHMENT_KINDS = {
  id_copy: '身份证明',
  authorization: '委托书',
  other: '其他材料',
  scan: '扫描件',
  released: '公开的信息',
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  kind: AttachmentKind;
}

/** A name safe to put in Content-Disposition and on disk: no paths, no controls, the checked extension. */
function safeName(name: string, ext: string): string {
  const base =
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
      .trim()
      .slice(0, 80) || '附件';
  return `${base}.${ext}`;
}

/** Refuses what isn't a PDF, JPEG or PNG by its bytes, or is too large; returns the checked type. */
export async function checkFile(f: IncomingFile): Promise<{ contentType: string; fileName: string }> {
  if (f.bytes.length === 0) throw new DomainError('invalid', `附件"${f.name}"是空文件`, 'files');
  if (f.bytes.length > ATTACHMENT_LIMITS.maxBytes) throw new DomainError('invalid', `附件"${f.name}"超过 10 MB`, 'files');
  const type = await fileTypeFromBuffer(f.bytes);
  const ext = type ? ALLOWED[type.mime] : undefined;
  if (!type || !ext) throw new DomainError('invalid', `附件"${f.name}"不是 PDF、JPG 或 PNG 文件（按文件内容判断）`, 'files');
  return { contentType: type.mime, fileName: safeName(f.name, ext) };
}

export interface AttachmentStore {
  put(
    tx: Prisma.TransactionClient,
    owner: { agencyId: number; submissionId?: number; caseId?: number; uploadedById?: number | null },
    f: IncomingFile,
  ): Promise<number>;
}

export const pgStore: AttachmentStore = {
  async put(tx, owner, f) {
    const { contentType, fileName } = await checkFile(f);
    const row = await tx.attachment.create({
      data: {
        agencyId: owner.agencyId,
        submissionId: owner.submissionId ?? null,
        caseId: owner.caseId ?? null,
        uploadedById: owner.uploadedById ?? null,
        kind: f.kind,
        fileName,
        contentType,
        size: f.bytes.length,
        sha256: crypto.createHash('sha256').update(f.bytes).digest('hex'),
        data: new Uint8Array(f.bytes),
      },
      select: { id: true },
    });
    return row.id;
  },
};

/** The response that serves a stored file: always a download, under its safe name. */
export function attachmentResponse(a: { id: number; fileName: string; contentType: string; data: Uint8Array }): Response {
  return new Response(new Uint8Array(a.data), {
    headers: {
      'Content-Type': a.contentType,
      'Content-Disposition': `attachment; filename="attachment-${a.id}"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
