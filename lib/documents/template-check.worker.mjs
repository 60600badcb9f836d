// Runs in a worker thread with its own heap limit (check-template.ts): reads an uploaded template's
// placeholders, fills it with sample data and turns the result into HTML. A template that takes
// the worker's whole heap or too long kills the worker, never the server.
import { parentPort, workerData } from 'node:worker_threads';
import { docxHtml, DocxProblem, fillDocx, templateTags } from './docx-engine.mjs';

/** @type {{ bytes: Uint8Array, known: string[], sample: Record<string, unknown> }} */
const { bytes, known, sample } = workerData;
try {
  const unknown = templateTags(bytes).filter((t) => !known.includes(t));
  if (unknown.length) parentPort?.postMessage({ unknown });
  else parentPort?.postMessage({ preview: await docxHtml(fillDocx(bytes, sample)) });
} catch (err) {
  parentPort?.postMessage(
    err instanceof DocxProblem ? { problem: err.message, names: err.names } : { problem: '模板无法读取，文件可能已损坏' },
  );
}
