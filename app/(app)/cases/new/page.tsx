import { IntakeForm } from '@/components/cases/intake-form';
import { BlankForms } from '@/components/portal/blank-forms';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { officeLists } from '@/lib/cases/office-lists';
import { createCaseAction, findRelatedAction, markDuplicateAction } from '../actions';

export const metadata = { title: '申请登记' };

export default async function NewCasePage() {
  const actor = await requirePage('/cases/new');
  const { topics } = await officeLists(db(), actor.agencyId);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">申请登记</h1>
      <BlankForms agencyId={actor.agencyId} />
      <IntakeForm
        topics={topics.map((t) => t.name)}
        action={createCaseAction}
        findRelated={findRelatedAction}
        markDuplicate={markDuplicateAction}
      />
    </section>
  );
}
