import { CounterForm } from '@/components/cases/counter-form';
import { requirePage } from '@/lib/auth/session';
import { dispositionDef } from '@/lib/cases/dispositions';
import { COUNTER_DISPOSITIONS } from '@/lib/cases/steps/counter-steps';
import { counterReplyAction } from '../actions';

export const metadata = { title: '当场答复' };

// Only the answers that can be given on the spot (the step's own list).
const OPTIONS = COUNTER_DISPOSITIONS.map((c): [string, string] => [c, dispositionDef(c)!.label]);

export default async function CounterPage() {
  await requirePage('/cases/counter');
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">当场答复</h1>
      <CounterForm action={counterReplyAction} dispositions={OPTIONS} />
    </section>
  );
}
