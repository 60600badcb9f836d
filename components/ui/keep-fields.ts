import type { FormEvent } from 'react';

/**
 * Submit handler that keeps what the user typed. React 19 resets a form after an `action`
 * function runs, which would wipe the fields when the server answers with an error.
 */
export function keepFields(fn: (fd: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    fn(new FormData(e.currentTarget));
  };
}
