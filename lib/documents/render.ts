// Fills a .docx template (docx-engine.mjs drives docxtemplater). Unfilled or unknown tags are
// errors, never blanks; every problem becomes a TemplateError with the names it concerns.
import { DomainError } from '@/lib/shared/errors';
import { DocxProblem, fillDocx, templateTags as tagsOf } from './docx-engine.mjs';

export class TemplateError extends DomainError {
  constructor(
    message: string,
    readonly names: string[] = [],
  ) {
    super('invalid', message);
  }
}

function asTemplateError<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof DocxProblem) throw new TemplateError(err.message, (err as DocxProblem & { names: string[] }).names);
    throw err;
  }
}

/** Every tag a template uses (including loop names and the tags inside loops). */
export function templateTags(bytes: Uint8Array): string[] {
  return asTemplateError(() => tagsOf(bytes));
}

export function renderDocx(template: Uint8Array, data: Record<string, unknown>): Uint8Array {
  return asTemplateError(() => fillDocx(template, data));
}
