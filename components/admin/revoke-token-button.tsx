'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';

export function RevokeTokenButton({ id, action }: { id: number; action: (id: number) => Promise<ActionResult> }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState('');
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="text-sm text-red-700 underline"
        onClick={() => window.confirm('吊销后该令牌立即失效，确定？') && start(async () => setMessage((await action(id)).message))}
      >
        吊销
      </button>
      {message ? (
        <span role="status" className="ml-2 text-sm">
          {message}
        </span>
      ) : null}
    </>
  );
}
