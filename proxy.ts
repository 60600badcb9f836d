import { withAuth } from 'next-auth/middleware';

// Anonymous visitors to any page go to the sign-in page. Roles are checked by each page itself
// (requirePermission), and /api answers 401 JSON on its own, so the proxy leaves it alone.
export default withAuth({ pages: { signIn: '/login' } });

export const config = {
  matcher: ['/((?!api|login|apply|_next/static|_next/image|favicon.ico).*)'],
};
