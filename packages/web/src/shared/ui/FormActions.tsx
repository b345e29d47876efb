import type { ReactNode } from 'react';

interface Props {
  busy: boolean;
  /** the button's label, already chosen for the busy state */
  label: string;
  /** shown after a successful save, announced politely */
  saved?: ReactNode;
  /** an error that belongs to no field, announced at once */
  formError?: string | null;
}

/** The submit row every form ends with: the button, then what happened. */
export function FormActions({ busy, label, saved, formError }: Props) {
  return (
    <div className="form-actions">
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {label}
      </button>
      {saved && (
        <span className="form-saved" role="status">
          {saved}
        </span>
      )}
      {formError && (
        <span className="form-error" role="alert">
          {formError}
        </span>
      )}
    </div>
  );
}
