// An entry of an office's own short lists (departments, topics): a name unique in the office, and
// an active flag. What both lists say when a name is taken and record when an entry changes.
import { DomainError } from '@/lib/shared/errors';

type Entry = { name: string; active: boolean };

export const nameTaken = (what: string, name: string) => new DomainError('conflict', `${what}“${name}”已存在`, 'name');

/** The audit detail of a renamed or switched entry: its name and state before and after. */
export const entryChange = (before: Entry, after: Entry) => ({ before: { name: before.name, active: before.active }, after });
