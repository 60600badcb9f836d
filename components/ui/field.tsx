import { cloneElement, isValidElement, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

export const inputClass = 'w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600';

/**
 * A labelled field. `required` marks the label in words as well as with a star; an error is tied to
 * its control (aria-describedby, aria-invalid) so a screen reader reads it with the field.
 */
export function Field({
  label,
  htmlFor,
  error,
  required,
  children,
}: {
  label: string;
  htmlFor: string;
  error?: string;
  required?: boolean;
  children: ReactNode;
}) {
  const errorId = `${htmlFor}-error`;
  const control =
    isValidElement<Record<string, unknown>>(children) && (error || required)
      ? cloneElement(children, {
          ...(error ? { 'aria-describedby': errorId, 'aria-invalid': true } : {}),
          ...(required ? { 'aria-required': true } : {}),
        })
      : children;
  return (
    <div className="space-y-1">
      <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-700">
        {label}
        {required ? (
          <span className="ml-1 text-red-700">
            <span aria-hidden>*</span>
            <span className="sr-only">（必填）</span>
          </span>
        ) : null}
      </label>
      {control}
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Input(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={inputClass} {...props} />;
}

/** [value, label] pairs for a Select, in the order of `keys`. */
export const optionsOf = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => [k, labels[k]] as const);

/** A select; `options` as [value, label] pairs, or children for anything else. */
export function Select({
  options,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { options?: readonly (readonly [string | number, string])[] }) {
  return (
    <select className={inputClass} {...props}>
      {options?.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
      {children}
    </select>
  );
}
