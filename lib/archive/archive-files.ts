// The archive packages as HTTP answers: one case's folder (small, built whole) or a year (streamed).
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { addCaseToZip, loadArchiveCase } from './case-archive';
import { yearArchiveStream } from './year-archive';

const zipHeaders = (name: string) => ({
  'Content-Type': 'application/zip',
  'Content-Disposition': `attachment; filename="archive.zip"; filename*=UTF-8''${encodeURIComponent(name)}`,
  'Cache-Control': 'no-store',
});

export async function caseArchiveResponse(db: PrismaClient, agencyId: number, caseId: number): Promise<Response> {
  const f = await loadArchiveCase(db, agencyId, caseId);
  const zip = new yazl.ZipFile();
  const chunks: Buffer[] = [];
  (zip.outputStream as Readable).on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => (zip.outputStream as Readable).on('end', resolve).on('error', reject));
  await addCaseToZip(zip, f.c.trackingNo, f);
  zip.end();
  await done;
  return new Response(new Uint8Array(Buffer.concat(chunks)), { headers: zipHeaders(`归档_${f.c.trackingNo}.zip`) });
}

export function yearArchiveResponse(db: PrismaClient, agencyId: number, year: number): Response {
  const body = Readable.toWeb(yearArchiveStream(db, agencyId, year)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: zipHeaders(`归档_${year}年度.zip`) });
}
