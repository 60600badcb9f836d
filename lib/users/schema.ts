import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';
import { passwordProblem } from '@/lib/auth/password';
import { text } from '@/lib/shared/text';

const loginSchema = z
  .string()
  .trim()
  .min(2, '登录名至少 2 个字符')
  .max(40, '登录名不超过 40 个字符')
  .regex(/^[a-z0-9._-]+$/, '登录名只能包含小写字母、数字和 . _ -');

export const passwordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const roleSchema = z.enum(ROLES, { message: '角色无效' });

/** The fields of a new user; createUserSchema adds the checks that need two of them. */
export const userFieldsSchema = z.object({
  login: loginSchema,
  name: text('姓名', 50, { required: true }),
  role: roleSchema,
  password: passwordSchema,
  email: z
    .string()
    .trim()
    .max(120, '电子邮箱不超过 120 个字符')
    .refine((v) => v === '' || z.email().safeParse(v).success, '电子邮箱格式不正确')
    .optional()
    .default(''),
});

/** A password that contains the login is refused, wherever a user is created with both. */
export const checkPasswordAgainstLogin = (v: { login: string; password: string }, ctx: z.RefinementCtx) => {
  const problem = passwordProblem(v.password, v.login);
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
};

export const createUserSchema = userFieldsSchema
  // A handler works in one department of the office; no other role belongs to one.
  .extend({ departmentId: z.coerce.number({ message: '承办部门无效' }).int().positive().nullish() })
  .superRefine(checkPasswordAgainstLogin)
  .superRefine((v, ctx) => {
    if (v.role === 'handler' && !v.departmentId)
      ctx.addIssue({ code: 'custom', path: ['departmentId'], message: '承办部门人员须属于一个承办部门' });
    if (v.role !== 'handler' && v.departmentId)
      ctx.addIssue({ code: 'custom', path: ['departmentId'], message: '只有承办部门人员属于承办部门' });
  });
export type CreateUserInput = z.input<typeof createUserSchema>;

export const changePasswordSchema = z
  .object({
    current: z.string({ message: '请填写当前密码' }).min(1, '请填写当前密码').max(200, '密码过长'),
    next: passwordSchema,
    confirm: z.string().max(200, '密码过长'),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: '两次输入的新密码不一致' });
