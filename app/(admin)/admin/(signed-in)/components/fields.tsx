import { FieldError } from "@/components/admin/field-error";
import { inputClass } from "@/components/admin/styles";
import { COMPONENT_STATUSES, componentStatusLabel } from "@/lib/components/status";
import type { FormState } from "@/web/forms/form-state";

// The page shows one form of each kind per component and group, so every control's id carries
// a prefix; `name` stays the field of the lib input, which is what the errors are keyed by.

export const dangerButtonClass =
  "rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 disabled:opacity-70 dark:border-red-400 dark:text-red-300";

// A select reads defaultValue only when it mounts, and React resets a form after its action:
// keyed by its default, it remounts with the value sent back after an error.

export type GroupChoice = { id: string; name: string };
type Errors = Record<string, string> | undefined;

/** FieldError under an id of our own: its message element is `${id}-error`. */
function ScopedError({ id, message }: { id: string; message: string | undefined }) {
  return <FieldError name={id} errors={message ? { [id]: message } : undefined} />;
}

function describedBy(id: string, message: string | undefined) {
  return message ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function TextField(props: { id: string; name: string; label: string; defaultValue: string; errors: Errors; required?: boolean; hint?: string }) {
  const message = props.errors?.[props.name];
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label} {props.hint ? <span className="font-normal text-slate-600 dark:text-slate-400">({props.hint})</span> : null}
      </label>
      <input id={props.id} name={props.name} required={props.required} defaultValue={props.defaultValue} className={inputClass} {...describedBy(props.id, message)} />
      <ScopedError id={props.id} message={message} />
    </div>
  );
}

export function GroupSelect({ id, groups, defaultValue, errors }: { id: string; groups: GroupChoice[]; defaultValue: string; errors: Errors }) {
  const message = errors?.groupId;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Group
      </label>
      <select key={defaultValue} id={id} name="groupId" defaultValue={defaultValue} className={inputClass} {...describedBy(id, message)}>
        <option value="">No group (top level)</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
      <ScopedError id={id} message={message} />
    </div>
  );
}

export function StatusSelect({ id, label, defaultValue, errors }: { id: string; label: string; defaultValue: string; errors: Errors }) {
  const message = errors?.status;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select key={defaultValue} id={id} name="status" defaultValue={defaultValue} className={inputClass} {...describedBy(id, message)}>
        {COMPONENT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {componentStatusLabel[status]}
          </option>
        ))}
      </select>
      <ScopedError id={id} message={message} />
    </div>
  );
}

/** The form's outcome, announced: an error in red, a success in green; `compact` drops the reserved line. */
export function FormOutcome({ state, compact = false }: { state: FormState; compact?: boolean }) {
  const colour = state.status === "success" ? "text-green-800 dark:text-green-400" : "text-red-700 dark:text-red-400";
  return (
    <p role="status" aria-live="polite" className={`${compact ? "" : "min-h-6 "}text-sm font-medium ${colour}`}>
      {state.status === "idle" ? null : state.message}
    </p>
  );
}
