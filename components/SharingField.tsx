import { useId } from 'react';

interface SharingFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  hint?: string;
  autoComplete?: string;
  multiline?: boolean;
  readOnly?: boolean;
}

/** One labelled field of the sharing forms (a text area for an invite code). */
export function SharingField({ label, value, onChange, type = 'text', hint, ...rest }: SharingFieldProps) {
  const id = useId();
  const hintId = useId();
  const common = {
    id,
    value,
    readOnly: rest.readOnly,
    spellCheck: false,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rest.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={type} autoComplete={rest.autoComplete ?? 'off'} />
      )}
      {hint && (
        <p className="help" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
