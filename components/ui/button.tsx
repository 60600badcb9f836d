'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useHydrated } from './use-hydrated';

const VARIANTS = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-300',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

export function Button({
  variant = 'primary',
  className = '',
  disabled,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  const hydrated = useHydrated();
  // A button that does its work in onClick does nothing before hydration: keep it disabled till then.
  const inert = props.type === 'button' && props.onClick !== undefined && !hydrated;
  return (
    <button
      className={`rounded px-3 py-1.5 text-sm font-medium ${VARIANTS[variant]} ${className}`}
      disabled={disabled || inert}
      {...props}
    />
  );
}
