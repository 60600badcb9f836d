// The shape of one step type. Each step says, in one place: its label, who may record it (a
// permission of lib/auth/permissions.ts), the states it starts from, its data, why it can't start
// (from the file and the actor alone), why its data doesn't fit the file, what it changes, how it
// reads on the timeline, and the form fields the case page draws for it.
import type { z } from 'zod';
import type { Calendar } from '@/lib/deadlines/calendar';
import type { Permission, Role } from '@/lib/auth/permissions';
import { addDays, type IsoDate } from '@/lib/shared/dates';
import type { CaseState } from '../case-state';
import type { CaseStatus } from '../labels';

export interface StepActor {
  userId: number;
  role: Role;
  /** A handler's department: the routing steps act for it. */
  departmentId?: number | null;
}
export interface StepContext {
  today: IsoDate;
  calendar: Calendar;
  dispositions?: ReadonlySet<string>;
  /** This application's place among the applicant's own to this office in its calendar month (按件 fees). */
  applicantMonthOrdinal?: number;
  /** The office's internal handling: its active departments, their default time, whether replies need 签发. */
  office?: { departments: ReadonlyMap<number, string>; routeWorkdays: number; signoffRequired: boolean };
  /** How the application came in (当场答复 is only for one handed over in person). */
  channel?: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'lines' | 'money' | 'departments';
  options?: [string, string][];
  required?: boolean;
}

/** What the timeline stores besides the step's own data. */
interface Stored {
  resultingDueOn?: string | null;
}

export interface StepDef<S extends z.ZodType = z.ZodType> {
  label: string;
  permission: Extract<Permission, 'cases.work' | 'cases.review' | 'routes.handle' | 'cases.sign'>;
  from: readonly CaseStatus[];
  data: S;
  fields: FieldSpec[];
  /** Final or outward-facing steps ask once for confirmation. */
  confirm?: string;
  /** Reviews and suits: mirrored into the appeal table for counting. */
  appeal?: boolean;
  /** Routings to departments: mirrored into the case_route table (lists, dashboards, 督办). */
  routing?: boolean;
  /**
   * Only on an application, never on a request to correct information (更正申请, art. 41): its
   * letter is written for an application (补正, 征求意见, 延期) or the article concerns applications.
   */
  applicationOnly?: boolean;
  /** Why the step can't be taken on `on` by this actor (null: it can). Data-free, so the case page can offer exactly these. */
  canStart?: (s: CaseState, actor: StepActor, on: IsoDate, ctx: StepContext) => string | null;
  /** Fills what the step takes from the file or the actor rather than the form (a default date, the handler's department). */
  prepare?: (input: Record<string, unknown>, s: CaseState, on: IsoDate, ctx: StepContext, actor: StepActor) => Record<string, unknown>;
  /** Why this step's data doesn't fit the file (null: it does). */
  check?: (s: CaseState, data: z.output<S>, on: IsoDate, ctx: StepContext) => string | null;
  /** Changes `next` (a copy of the state, arrays copied). Pure: replay runs it on stored events. */
  apply: (next: CaseState, data: z.output<S>, on: IsoDate, by: number | null) => void;
  summary: (data: z.output<S> & Stored, dispositionLabel: (code: string) => string) => string;
}

export const defineStep = <S extends z.ZodType>(d: StepDef<S>): StepDef<S> => d;

/** A limit set by a step must fall within a year of it: anything later is a typing error. */
export function limitProblem(label: string, limit: IsoDate, on: IsoDate): string | null {
  if (limit <= on) return `${label}须晚于本步骤日期`;
  if (limit > addDays(on, 366)) return `${label}不能超过本步骤日期后一年`;
  return null;
}

export const firstProblem = (...problems: (string | null | false | undefined)[]): string | null =>
  problems.find((p): p is string => typeof p === 'string') ?? null;
