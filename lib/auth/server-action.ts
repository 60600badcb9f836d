// Every server action is built here, so none can forget its permission check: the wrapper asks the
// session reader for the permission first, validates the arguments with the action's schema, and
// turns any failure into a form message (never a thrown error, which would be a 500 page).
import { z } from 'zod';
import { failure, type ActionResult } from '@/lib/shared/action-result';
import type { Permission } from './permissions';
import { requirePermission, type Actor } from './session';

type Args<S extends z.ZodType> = z.input<S> extends unknown[] ? z.input<S> : never;

/**
 * `args` is a tuple schema for the action's positional arguments; `path` is where an anonymous
 * caller is sent back to after signing in.
 */
export function serverAction<S extends z.ZodTuple | z.ZodType<unknown[]>, R extends ActionResult<unknown>>(
  permission: Permission,
  path: string,
  args: S,
  fn: (input: z.output<S>, actor: Actor) => Promise<R>,
): (...input: Args<S>) => Promise<R | ActionResult<never>> {
  const action = async (...input: Args<S>) => {
    const actor = await requirePermission(permission, path);
    try {
      return await fn(args.parse(input) as z.output<S>, actor);
    } catch (err) {
      return failure(err);
    }
  };
  built.set(action, permission);
  return action;
}

// Which permission each action made here checks (so a test can find any that was not made here).
const built = new WeakMap<object, Permission>();
export const permissionOf = (action: unknown): Permission | undefined => (typeof action === 'function' ? built.get(action) : undefined);

/** Arguments that are form data or other plain objects, checked again by the domain function. */
export const anyInput = z.unknown();

/** A row's id (a PostgreSQL integer) and the form's input: the arguments of most edit actions. */
export const idAndInput = z.tuple([
  z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  anyInput,
]);
