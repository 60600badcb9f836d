import { cache } from 'react';
import { db } from '@/lib/db/client';
import { pendingSubmissionCount } from '@/lib/portal/pending-count';

/** Online submissions waiting for the office, read once per request (the menu badge and the dashboard tile). */
export const pendingForRequest = cache((agencyId: number) => pendingSubmissionCount(db(), agencyId));
