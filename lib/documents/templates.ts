// Where a kind's template comes from: the office's active upload, or the shipped default.
import fs from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { kindById } from './catalog';
import { defaultApplicationForm } from './application-forms';
import { isApplicationForm } from './application-form-kinds';

function defaultTemplate(kind: string): Uint8Array {
  if (isApplicationForm(kind)) return defaultApplicationForm(kind);
  if (!kindById(kind)) throw new Error(`unknown document kind ${kind}`);
  return new Uint8Array(fs.readFileSync(path.join(process.cwd(), 'templates', 'default', `${kind}.docx`)));
}

export async function activeTemplate(
  db: Pick<PrismaClient, 'docTemplate'>,
  agencyId: number,
  kind: string,
): Promise<{ bytes: Uint8Array; templateId: number | null }> {
  const own = await db.docTemplate.findFirst({ where: { agencyId, kind, status: 'active' }, orderBy: { id: 'desc' } });
  return own ? { bytes: new Uint8Array(own.file), templateId: own.id } : { bytes: defaultTemplate(kind), templateId: null };
}
