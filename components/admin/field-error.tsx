// The message for one field, linked to its input through aria-describedby (id `${name}-error`).
export function FieldError({ name, errors }: { name: string; errors: Record<string, string> | undefined }) {
  const message = errors?.[name];
  if (!message) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}

export function FormMessage({ message }: { message: string | null }) {
  return (
    <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}
