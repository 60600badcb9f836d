import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: '信息公开申请办理台', description: '政府信息公开依申请办理' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
