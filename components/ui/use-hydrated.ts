'use client';

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False in the server's HTML and until React has attached its handlers, true after. A button that
 * only works through its onClick is disabled until then, so a click that comes in early (a person on
 * a slow link, or a test right after a reload) waits instead of being silently lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
