// Inside the office: the 公开办's clerk routes a case to the departments that hold the information
// (转办; several at once is 会签), each with an internal due date before the statutory one; a handler
// of the department signs for it (签收) or sends it back as not theirs (退回), and gives the
// department's opinion (拟办意见: the disposition it proposes, with the information to release).
// The clerk drafts the reply from the opinions (reply-steps.ts asks why, if some are missing).
import { z } from 'zod';
import { addWorkdays } from '@/lib/deadlines/count-workdays';
import { addDays, formatCn, type IsoDate } from '@/lib/shared/dates';
import { isoDate, optionalText, text } from '@/lib/shared/text';
import { deadlinesOf, type CaseState, type Route } from '../case-state';
import { kindProblem } from '../dispositions';
import { defineStep, firstProblem, type StepActor, type StepContext } from './define';

/** Before the reply is drafted: a case waiting on a department is still open. */
const ROUTABLE = ['open', 'correction', 'consulting'] as const;
const HANDLING = ['open', 'correction', 'consulting', 'review', 'approved'] as const;

/** A routing still with its department (routed, or signed for without an opinion): not answered, not returned. */
export const OPEN_ROUTE = ['routed', 'accepted'] as const satisfies readonly Route['status'][];
export type OpenRouteStatus = (typeof OPEN_ROUTE)[number];
export const isOpenRoute = (r: Route) => (OPEN_ROUTE as readonly string[]).includes(r.status);
export const openRoutes = (s: CaseState) => s.routes.filter(isOpenRoute);

const routeOf = (s: CaseState, department: number | null | undefined) => s.routes.find((r) => r.department === department);
/** The department has this case (routed to it and not sent back). */
const busy = (s: CaseState, department: number) => !!routeOf(s, department) && routeOf(s, department)!.status !== 'returned';

/** The handler's own department's routing, or why they can't act on it. */
function handlerProblem(s: CaseState, actor: StepActor, allowed: readonly Route['status'][], what: string): string | null {
  const r = routeOf(s, actor.departmentId);
  if (!r) return '本案没有转办至您所在的部门';
  if (!allowed.includes(r.status))
    return r.status === 'answered' ? '本部门已提出拟办意见' : r.status === 'returned' ? '本部门已退回该案件' : `请先签收，再${what}`;
  return null;
}

const department = z.number({ message: '承办部门无效' }).int().positive();
/** The handler's department, never the form's: a handler acts for their own department only. */
const ownDepartment = (input: Record<string, unknown>, _s: CaseState, _on: IsoDate, _c: StepContext, actor: StepActor) => ({
  ...input,
  department: actor.departmentId ?? undefined,
});

export const routed = defineStep({
  label: '转办承办部门',
  permission: 'cases.work',
  routing: true,
  from: ROUTABLE,
  data: z.object({
    departments: z
      .array(z.coerce.number({ message: '承办部门无效' }).int().positive(), { message: '请选择承办部门' })
      .min(1, '请至少选择一个承办部门')
      .max(20, '一次最多转办 20 个部门'),
    dueOn: isoDate('内部办理期限'),
    names: z.array(z.string()).default([]),
    question: optionalText('需答复的问题', 1000),
  }),
  fields: [
    { name: 'departments', label: '承办部门（可多选，多个部门即会签）', kind: 'departments', required: true },
    { name: 'dueOn', label: '内部办理期限（留空按本机关设置的工作日数计算）', kind: 'date' },
    { name: 'question', label: '需答复的问题', kind: 'textarea' },
  ],
  canStart: (s, _a, on, ctx) => {
    if (ctx.office && ctx.office.departments.size === 0) return '本机关尚未设置承办部门（系统管理 → 承办部门）';
    if (ctx.office && [...ctx.office.departments.keys()].every((id) => busy(s, id))) return '本机关的承办部门都已在办理本案';
    // Computed last: the case page asks every step on every view.
    const statutory = deadlinesOf(ctx.calendar, s).dueOn;
    return statutory && statutory <= addDays(on, 1) ? `法定答复期限（${formatCn(statutory)}）将至，已无法设置更早的内部办理期限` : null;
  },
  // The internal due date defaults to the office's number of working days (and the day before the
  // statutory one, if that comes first); names are the office's own.
  prepare: (input, s, on, ctx) => {
    const ids = Array.isArray(input.departments) ? input.departments.map(Number) : input.departments;
    const statutory = deadlinesOf(ctx.calendar, s).dueOn;
    const byOffice = ctx.office ? addWorkdays(ctx.calendar, on, ctx.office.routeWorkdays).date : undefined;
    const dueOn = input.dueOn || (byOffice && statutory && byOffice >= statutory ? addDays(statutory, -1) : byOffice);
    const names = Array.isArray(ids) ? ids.map((id) => ctx.office?.departments.get(id) ?? '') : [];
    return { ...input, departments: ids, dueOn, names };
  },
  check: (s, d, on, ctx) => {
    const statutory = deadlinesOf(ctx.calendar, s).dueOn;
    return firstProblem(
      new Set(d.departments).size !== d.departments.length && '承办部门重复',
      !!ctx.office && d.departments.some((id) => !ctx.office!.departments.has(id)) && '承办部门不属于本机关或已停用',
      d.departments.some((id) => busy(s, id)) && '该部门已在办理本案（退回后才能再次转办）',
      d.dueOn <= on && '内部办理期限须晚于转办日期',
      !!statutory && d.dueOn >= statutory && `内部办理期限须早于法定答复期限（${formatCn(statutory)}）`,
    );
  },
  apply: (next, d, on) => {
    d.departments.forEach((id, i) => {
      const route: Route = {
        department: id,
        name: d.names[i] ?? '',
        routedOn: on,
        dueOn: d.dueOn,
        question: d.question,
        status: 'routed',
        acceptedOn: null,
        returned: null,
        opinion: null,
      };
      const at = next.routes.findIndex((r) => r.department === id);
      if (at >= 0) next.routes[at] = route;
      else next.routes.push(route);
    });
  },
  summary: (d) =>
    `转办至${d.names.filter(Boolean).join('、') || `${d.departments.length}个部门`}，内部办理期限${formatCn(d.dueOn)}${d.question ? `；${d.question}` : ''}`,
});

const change = (next: CaseState, id: number, patch: Partial<Route>) => {
  next.routes = next.routes.map((r) => (r.department === id ? { ...r, ...patch } : r));
};

export const routeAccepted = defineStep({
  label: '签收',
  permission: 'routes.handle',
  routing: true,
  from: HANDLING,
  data: z.object({ department }),
  fields: [],
  canStart: (s, actor) => handlerProblem(s, actor, ['routed'], '签收'),
  prepare: ownDepartment,
  apply: (next, d, on) => change(next, d.department, { status: 'accepted', acceptedOn: on }),
  summary: () => '承办部门签收',
});

export const routeReturned = defineStep({
  label: '退回（非本部门职责）',
  permission: 'routes.handle',
  routing: true,
  from: HANDLING,
  data: z.object({ department, reason: text('退回理由', 1000, { required: true, multiline: true }) }),
  fields: [{ name: 'reason', label: '退回理由', kind: 'textarea', required: true }],
  confirm: '确认退回？公开办将另行转办。',
  canStart: (s, actor) => handlerProblem(s, actor, OPEN_ROUTE, '退回'),
  prepare: ownDepartment,
  apply: (next, d, on, by) => change(next, d.department, { status: 'returned', returned: { on, reason: d.reason, by } }),
  summary: (d) => `退回：${d.reason}`,
});

export const opinionSubmitted = defineStep({
  label: '提出拟办意见',
  permission: 'routes.handle',
  routing: true,
  from: HANDLING,
  data: z.object({
    department,
    disposition: text('拟办意见', 60, { required: true }),
    note: text('意见说明', 2000, { required: true, multiline: true }),
    items: z
      .array(text('公开的信息', 500, { required: true }), { message: '公开的信息须为列表' })
      .max(200)
      .default([]),
  }),
  fields: [
    { name: 'disposition', label: '拟办意见（建议的答复类型）', kind: 'select', required: true },
    { name: 'note', label: '意见说明', kind: 'textarea', required: true },
    { name: 'items', label: '建议公开的信息或文件（每行一项）', kind: 'lines' },
  ],
  canStart: (s, actor) => handlerProblem(s, actor, ['accepted'], '提出拟办意见'),
  prepare: ownDepartment,
  check: (s, d, _on, ctx) =>
    firstProblem(
      ctx.dispositions && !ctx.dispositions.has(d.disposition) && '该答复类型不在处理结果目录中',
      kindProblem(d.disposition, !!s.rectification),
    ),
  apply: (next, d, on, by) =>
    change(next, d.department, { status: 'answered', opinion: { on, disposition: d.disposition, note: d.note, items: d.items, by } }),
  summary: (d, label) => `${label(d.disposition)}：${d.note}${d.items.length ? `；建议公开：${d.items.join('、')}` : ''}`,
});
