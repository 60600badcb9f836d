// Issue 27 point 8, the layout faults: numbered correction items were line breaks inside one
// justified paragraph (each line stretched across the page), and the third party's reply slip could
// split across two pages. Read from the .docx XML and from LibreOffice's PDF of the letters.
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../helpers/db';
import { letterSuite, type LetterSuite } from '../helpers/letter-suite';
import { docxPages } from '../helpers/pdf';

const suite = letterSuite();
let tdb: TestDb;
let cases: LetterSuite['cases'];
beforeAll(() => ({ tdb, cases } = suite));

const fileOf = async (id: number) => new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id } })).file);
const documentXml = (file: Uint8Array) => new PizZip(file).file('word/document.xml')!.asText();

describe('letter layout (point 8)', () => {
  it('gives each numbered correction item a paragraph of its own, justified as a whole paragraph', async () => {
    const c = await cases.newCase();
    const items = ['1.请写明所需信息涉及的村名；', '2.请写明所需文件的年份；', '3.请说明所需信息的文号或者标题。'];
    await cases.ev(c.id, 'correction_requested', '2025-09-29', { items: items.join('\n'), limitOn: '2025-10-20' });
    const { doc } = await suite.issue(c.id, 'correction_notice');
    const xml = documentXml(await fileOf(doc.id));
    expect(xml).not.toContain('<w:br/>');
    const paragraphs = xml.match(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)!;
    for (const item of items) {
      const p = paragraphs.find((x) => x.includes(item));
      expect(p, item).toBeDefined();
      // The item is the whole text of its paragraph.
      expect(p!.replace(/<[^>]+>/g, '')).toBe(item);
    }
  });

  it('keeps the reply slip of the consultation letter on one page, however long the letter', async () => {
    // Descriptions of growing length move the slip down the page until it would straddle a page break.
    const lengths = [200, 320, 440, 560, 680, 800, 920, 1040];
    const files: Uint8Array[] = [];
    for (const n of lengths) {
      const description = '某地块征收补偿安置方案及其附件、听证笔录和公告张贴记录。'.repeat(Math.ceil(n / 27)).slice(0, n);
      const c = await cases.newCase('2019', 'natural', { description });
      await cases.ev(c.id, 'consultation_sent', '2025-10-13', { party: '示例置业有限公司', partyKind: 'third_party' });
      const { doc } = await suite.issue(c.id, 'consult_third_party', { party: '示例置业有限公司' });
      files.push(await fileOf(doc.id));
    }
    const letters = docxPages(files);
    // The descriptions are long enough that some letters run onto a second page.
    expect(letters.some((pages) => pages.length > 1)).toBe(true);
    for (const [i, pages] of letters.entries()) {
      const slipPage = pages.findIndex((p) => /—+\s*回\s*执/.test(p));
      expect(slipPage, `length ${lengths[i]}`).toBeGreaterThanOrEqual(0);
      const slip = pages[slipPage];
      for (const line of ['本方意见', '理由：', '第三方（签章）']) expect(slip, `length ${lengths[i]}: ${line}`).toContain(line);
    }
  }, 300_000);
});
