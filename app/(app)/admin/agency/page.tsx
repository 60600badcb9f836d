import { AgencyForm } from '@/components/admin/agency-form';
import { loadAgencySettings } from '@/lib/settings/agency';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { CLASS_NAMES } from '@/lib/documents/catalog';
import { AGENCY_LEVELS } from '@/lib/documents/remedy';
import { updateAgencyAction } from './actions';

export const metadata = { title: '机关信息' };

export default async function AgencyPage() {
  const actor = await requirePage('/admin/agency');
  const { agency, prefixes, proposedReviewBody } = await loadAgencySettings(db(), actor.agencyId);
  const values = {
    level: agency.level,
    parentName: agency.parentName,
    name: agency.name,
    shortName: agency.shortName,
    address: agency.address,
    postcode: agency.postcode,
    phone: agency.phone,
    email: agency.email,
    reviewBody: agency.reviewBody,
    court: agency.court,
    feePayment: agency.feePayment,
    routeWorkdays: String(agency.routeWorkdays),
    signoffRequired: agency.signoffRequired ? 'on' : '',
  };
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">机关信息</h1>
      <p className="text-sm text-slate-600">
        这些信息印在每份文书上：落款、联系方式、救济条款中的行政复议机关和法院、收费通知中的缴费方式，以及各类文书的文号前缀。
      </p>
      <AgencyForm
        values={values}
        prefixes={prefixes}
        classNames={CLASS_NAMES}
        levels={AGENCY_LEVELS}
        proposedReviewBody={proposedReviewBody}
        action={updateAgencyAction}
      />
    </section>
  );
}
