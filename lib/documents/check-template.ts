// An uploaded template is checked before anything parses it in the server's own thread: its zip
// is measured (zip-budget.ts), then its placeholders are read and a sample letter is rendered in a
// worker thread with a heap of its own and a time limit. A hostile file costs a worker, never the
// server, and is refused in Chinese.
import { Worker } from 'node:worker_threads';
import { checkZipBudget } from '@/lib/files/zip-budget';
import { BODY_LIMITS } from '@/lib/runtime/body-limit.mjs';
import { PLACEHOLDERS } from './placeholders';
import { TemplateError } from './render';

const TEMPLATE_LIMITS = {
  bytes: BODY_LIMITS.template.bytes,
  entries: 2000,
  inflatedBytes: 20 * 1024 * 1024,
  workerHeapMb: 128,
  timeoutMs: 15_000,
};

type WorkerAnswer = { unknown: string[] } | { preview: string } | { problem: string; names: string[] };

function runWorker(bytes: Uint8Array, sample: Record<string, unknown>): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./template-check.worker.mjs', import.meta.url), {
      workerData: { bytes, known: Object.keys(PLACEHOLDERS), sample },
      resourceLimits: { maxOldGenerationSizeMb: TEMPLATE_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new TemplateError('模板处理超时，文件可能过于复杂'));
    }, TEMPLATE_LIMITS.timeoutMs);
    worker.once('message', (m: WorkerAnswer) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', () => {
      clearTimeout(timer);
      reject(new TemplateError('模板过于复杂或已损坏，无法处理'));
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      reject(new TemplateError('模板过于复杂或已损坏，无法处理'));
    });
  });
}

/** The sample letter's HTML; throws TemplateError naming what is wrong. */
export async function checkTemplate(bytes: Uint8Array, sample: Record<string, unknown>): Promise<string> {
  if (bytes.length === 0) throw new TemplateError('文件为空');
  if (bytes.length > TEMPLATE_LIMITS.bytes) throw new TemplateError('模板文件不能超过 5 MB');
  try {
    await checkZipBudget(bytes, { entries: TEMPLATE_LIMITS.entries, bytes: TEMPLATE_LIMITS.inflatedBytes, what: '模板' });
  } catch (err) {
    throw new TemplateError((err as Error).message);
  }
  const answer = await runWorker(bytes, sample);
  if ('problem' in answer) throw new TemplateError(answer.problem, answer.names);
  if ('unknown' in answer)
    throw new TemplateError(
      `模板中有无法识别的占位符：${answer.unknown.map((t) => `{${t}}`).join('、')}。可用的占位符见页面说明。`,
      answer.unknown,
    );
  return answer.preview;
}
