import type { Role } from '@/lib/auth/permissions';

declare module 'next-auth' {
  interface User { role: Role; login: string }
  interface Session { user: { id: number; role: Role; login: string; name?: string | null; email?: string | null } }
}

declare module 'next-auth/jwt' {
  interface JWT { userId: number; role: Role; login: string }
}
