import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReleasedEntry } from '@/components/released/released-entry';
import { db } from '@/lib/db/client';
import { publishedItem } from '@/lib/released/public-register';

export const metadata = { title: '已公开信息' };
export const dynamic = 'force-dynamic';

export default async function ReleasedItemPage({ params }: { params: Promise<{ id: string }> }) {
  const item = await publishedItem(db(), Number((await params).id));
  if (!item) notFound();
  return (
    <section className="space-y-4">
      <ReleasedEntry item={item} heading="h1" link={false} />
      <p>
        这不是您需要的信息？
        <Link href="/apply" className="target text-blue-700 underline">
          继续提交申请
        </Link>
        ，或
        <Link href="/apply/released" className="target text-blue-700 underline">
          查看全部已公开信息
        </Link>
        。
      </p>
    </section>
  );
}
