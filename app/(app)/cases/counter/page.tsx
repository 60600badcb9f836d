import { CounterForm } from '@/components/cases/counter-form';
import { requirePage } from '@/lib/auth/session';
import { dispositionDef } from '@/lib/cases/dispositions';
import { COUNTER_DISPOSITIONS } from '@/lib/cases/steps/counter-steps';
import { counterReplyAction } from '../actions';

export const metadata = { title: '当场答复' };

export default async function CounterPage() {
  await requirePage('/cases/counter');
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">当场答复</h1>
      <p className="text-sm text-slate-600">
        申请人当面提出、能够当场答复的申请（《条例》第三十三条第一款）：登记后当场答复，当天收到、当天办结，并打印当场答复记录由申请人签字。需要书面答复、征求意见或转办的申请，请使用“登记申请”。
      </p>
      <CounterForm action={counterReplyAction} dispositions={COUNTER_DISPOSITIONS.map((c) => [c, dispositionDef(c)!.label])} />
    </section>
  );
}
