import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { fieldError } from '../api/problem';

interface FieldFrame {
  label: string;
  /** The API's name for the field, to show the message a 400 problem gave for it. */
  name: string;
  hint?: ReactNode;
  /** The last error of the form's request; the field shows its own part of it. */
  error?: unknown;
}

/** Label, control, hint and error wired together, so screen readers read them as one. */
function useFrame({ label, name, hint, error }: FieldFrame) {
  const id = useId();
  const message = fieldError(error, name);
  const described = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const wrap = (control: ReactNode) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {control}
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
  return { id, described, invalid: message ? true : undefined, wrap };
}

export function TextField({ label, name, hint, error, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const frame = useFrame({ label, name, hint, error });
  return frame.wrap(
    <input id={frame.id} name={name} aria-describedby={frame.described} aria-invalid={frame.invalid} {...input} />,
  );
}

export function TextArea({
  label,
  name,
  hint,
  error,
  ...area
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const frame = useFrame({ label, name, hint, error });
  return frame.wrap(
    <textarea id={frame.id} name={name} aria-describedby={frame.described} aria-invalid={frame.invalid} {...area} />,
  );
}

export function SelectField({
  label,
  name,
  hint,
  error,
  children,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const frame = useFrame({ label, name, hint, error });
  return frame.wrap(
    <select id={frame.id} name={name} aria-describedby={frame.described} aria-invalid={frame.invalid} {...select}>
      {children}
    </select>,
  );
}
