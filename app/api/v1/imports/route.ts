import { apiRoute } from '@/lib/api/handler';
import { BODY_LIMITS } from '@/lib/runtime/body-limit.mjs';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { importLedger } from '@/lib/imports/import-ledger';
import { checkColumnMap, LedgerColumnsError, LedgerFileError, type ColumnMap } from '@/lib/imports/parse-ledger';

// Capped while streaming by the server; checked again here (e.g. under `next dev`) from the same number.
const MAX_BYTES = BODY_LIMITS.import.bytes;
const TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

/** The body is the ledger file itself. With ?progress=1 the answer streams NDJSON progress lines. */
export const POST = apiRoute(
  'imports.run',
  async (req, actor) => {
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim();
    if (!TYPES.includes(type))
      throw new ApiError(
        415,
        'unsupported_type',
        'Content-Type 须为 text/csv 或 .xlsx（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）',
      );
    const declared = Number(req.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) throw new ApiError(413, 'too_large', '文件超过 50 MB');
    // ?columns={"表头":"receivedOn",…}: the mapping step's answer when the headers aren't recognised.
    const columnsParam = new URL(req.url).searchParams.get('columns');
    let mapping: ColumnMap | undefined;
    if (columnsParam) {
      try {
        mapping = checkColumnMap(JSON.parse(columnsParam.slice(0, 20000)));
      } catch (e) {
        throw new ApiError(400, 'invalid_columns', e instanceof LedgerFileError ? e.message : '列对应关系不是有效的 JSON');
      }
    }
    const bytes = new Uint8Array(await req.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new ApiError(413, 'too_large', '文件超过 50 MB');
    if (bytes.length === 0) throw new ApiError(400, 'empty', '文件为空');
    const run = (progress?: (done: number, total: number) => void) =>
      importLedger(db(), bytes, actor, progress, mapping).catch((e) => {
        if (e instanceof LedgerColumnsError)
          throw new ApiError(400, 'columns_unmatched', e.message, { headers: e.headers, guesses: e.guesses });
        if (e instanceof LedgerFileError) throw new ApiError(400, 'invalid_file', e.message);
        throw e;
      });
    if (new URL(req.url).searchParams.get('progress') !== '1') return Response.json(await run());
    const enc = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (o: unknown) => controller.enqueue(enc.encode(JSON.stringify(o) + '\n'));
        try {
          send({ result: await run((done, total) => send({ progress: { done, total } })) });
        } catch (e) {
          send({
            error:
              e instanceof ApiError
                ? { code: e.code, message: e.message, details: e.details }
                : { code: 'internal', message: '导入失败，请稍后重试' },
          });
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
  },
  { bodyTypes: TYPES },
);
