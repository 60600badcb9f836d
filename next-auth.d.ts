declare module 'next-auth' {
  interface User {
    role: string;
    login: string;
    sid: string;
  }
  interface Session {
    user: { name?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    userId: number;
    sid: string;
  }
}

export {};
