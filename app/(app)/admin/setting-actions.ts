import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { anyInput, idAndInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { saved } from '../saved';

type Add = (db: PrismaClient, agencyId: number, input: unknown, actorId: number) => Promise<unknown>;
type Update = (db: PrismaClient, agencyId: number, id: number, input: unknown, actorId: number) => Promise<unknown>;

/** The action that adds one of the office's own list entries (a department, a topic) from its form. */
export const addSettingAction = (path: string, add: Add) =>
  serverAction('settings.manage', path, z.tuple([anyInput]), async ([input], actor) => {
    await add(db(), actor.agencyId, input, actor.userId);
    return saved(path);
  });

/** The action that saves a row of such a list (renamed, switched off). */
export const saveSettingAction = (path: string, update: Update) =>
  serverAction('settings.manage', path, idAndInput, async ([id, input], actor) => {
    await update(db(), actor.agencyId, id, input, actor.userId);
    return saved(path);
  });
