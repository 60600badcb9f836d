import { apiRoute } from '@/lib/api/handler';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { draftAnnualReport } from '@/lib/annual-report/draft-annual-report';
import { parseScope, parseYear } from '@/lib/statistics/parse-params';
import { onReplica } from '@/lib/db/replica';

/** The annual report as a Word draft (2021 layout); `scope=tree` covers the agency's subtree. */
export const GET = apiRoute<{ year: string }>('reports.view', async (req, actor, params) => {
  const p = new URL(req.url).searchParams;
  const year = parseYear(params.year);
  if ((p.get('format') ?? '2021') !== '2021')
    throw new ApiError(400, 'invalid', '年度报告按2021年格式（国办公开办函〔2021〕30号）生成，format 须为 2021');
  const { file, title } = await onReplica(db(), (d) =>
    draftAnnualReport(d, actor.agencyId, year, { tree: parseScope(p.get('scope')) === 'tree' }),
  );
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="annual-report-${year}.docx"; filename*=UTF-8''${encodeURIComponent(title + '.docx')}`,
    },
  });
});
