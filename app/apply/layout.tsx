import Link from 'next/link';
import { PublicFrame } from '@/components/public-frame';

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicFrame
      nav={
        <nav aria-label="公众服务" className="flex flex-wrap items-center gap-3">
          <span className="font-semibold text-blue-800">政府信息公开网上申请</span>
          <Link href="/apply" className="target text-blue-700 underline">
            提交申请
          </Link>
          <Link href="/apply/status" className="target text-blue-700 underline">
            申请查询
          </Link>
          <Link href="/apply/released" className="target text-blue-700 underline">
            已公开信息
          </Link>
        </nav>
      }
    >
      {children}
    </PublicFrame>
  );
}
