import { DomainError } from '@/lib/shared/errors';
import { FORMAT_IDS, type FormatId } from './formats';

class ParamError extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

export function parseYear(raw: string | null | undefined): number {
  const y = Number(raw);
  if (!raw || !/^\d{4}$/.test(raw) || y < 2008 || y > 2100) throw new ParamError('年份须为 2008—2100 之间的四位数');
  return y;
}

export function parseFormat(raw: string | null | undefined, year?: number): FormatId {
  if (!raw) return year !== undefined && year < 2019 ? '2017' : year === 2019 || year === 2020 ? '2019' : '2021';
  if (!(FORMAT_IDS as string[]).includes(raw)) throw new ParamError('format 须为 2017、2019 或 2021');
  return raw as FormatId;
}

/** `scope=tree`: the agency and all its descendants (a roll-up); default: the agency alone. */
export function parseScope(raw: string | null | undefined): 'own' | 'tree' {
  if (!raw || raw === 'own') return 'own';
  if (raw === 'tree') return 'tree';
  throw new ParamError('scope 须为 own 或 tree');
}

/** A year-table page's year and format: anything unusable falls back (last year, the year's format). */
export function pageYearFormat(p: { year?: string; format?: string }, thisYear: number): { year: number; format: FormatId } {
  const year = p.year && /^\d{4}$/.test(p.year) && +p.year >= 2008 && +p.year <= thisYear ? +p.year : thisYear - 1;
  try {
    return { year, format: parseFormat(p.format, year) };
  } catch {
    return { year, format: parseFormat(undefined, year) };
  }
}
