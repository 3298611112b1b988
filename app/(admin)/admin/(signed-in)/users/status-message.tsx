import type { FormState } from "@/web/forms/form-state";

// The outcome of a form on this page: lib's message on an expected error, ours on success.
// `compact` reserves no room while there is nothing to say (for the many small forms of a list).
export function StatusMessage({ state, compact = false }: { state: FormState; compact?: boolean }) {
  const tone = state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400";
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${compact ? "mt-1" : "min-h-6"} ${tone}`}>
      {state.status === "idle" ? null : state.message}
    </p>
  );
}
