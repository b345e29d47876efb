/** The message under a control, found by the API's field path; testable as [data-testid=error-<path>]. */
export function FieldError({ path, errors }: { path: string; errors: Record<string, string> }) {
  const message = errors[path];
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(path)} data-testid={`error-${path}`} role="alert">
      {message}
    </p>
  );
}

export const errorId = (path: string) => `err-${path.replace(/\./g, '-')}`;

/** aria wiring for a control whose errors live at `path`. */
export function invalidProps(path: string, errors: Record<string, string>) {
  return errors[path] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(path) } : {};
}
