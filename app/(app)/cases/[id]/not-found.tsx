import NotFound from '@/app/not-found';

// The case page switches Next's title off (it renders its own with the tracking number); a case
// that isn't there, or is another office's, gets the plain one.
export default function CaseNotFound() {
  return (
    <>
      <title>申请详情</title>
      <NotFound />
    </>
  );
}
