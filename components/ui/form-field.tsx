'use client';

import type { InputHTMLAttributes } from 'react';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Field, Input } from './field';

/**
 * Text inputs bound to a react-hook-form form: `field('applicant.phone', '联系电话', { type: 'tel' })`
 * gives the labelled input with its error tied to it (see Field). The id is the field's last name
 * segment unless given. A plain function, not a component, so a re-render keeps the input's focus.
 */
export function fieldsOf<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'register' | 'formState'>) {
  return function field(
    name: Path<T>,
    label: string,
    { id, required, ...props }: InputHTMLAttributes<HTMLInputElement> & { id?: string } = {},
  ) {
    const htmlFor = id ?? name.split('.').pop()!;
    const error = (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
    return (
      <Field key={htmlFor} label={label} htmlFor={htmlFor} error={error} required={required}>
        <Input id={htmlFor} {...props} {...form.register(name)} />
      </Field>
    );
  };
}
