'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Button } from './ui/button';

/** Sends the user to the identity service (统一身份认证) and back to `callbackUrl` (same origin only). */
export function OidcButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  const [going, setGoing] = useState(false);
  return (
    <Button
      type="button"
      className="w-full"
      disabled={going}
      onClick={() => {
        setGoing(true);
        const target = new URL(callbackUrl, window.location.origin);
        void signIn('oidc', { callbackUrl: target.origin === window.location.origin ? target.pathname + target.search : '/' });
      }}
    >
      {going ? '正在前往统一身份认证…' : label}
    </Button>
  );
}
