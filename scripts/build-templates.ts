// Writes the default .docx template of every document kind to templates/default/ (committed, so
// an office can download one, put its 红头 on it and upload it back). Run after editing
// lib/documents/catalog.ts; a test checks the files match the catalogue.
import fs from 'node:fs';
import path from 'node:path';
import { defaultParagraphs, KINDS } from '../lib/documents/catalog';
import { buildDocx } from '../lib/documents/docx-writer';

const dir = path.resolve('templates/default');
fs.mkdirSync(dir, { recursive: true });
for (const k of KINDS) fs.writeFileSync(path.join(dir, `${k.id}.docx`), buildDocx(defaultParagraphs(k)));
console.log(`已生成 ${KINDS.length} 个默认模板：${dir}`);
