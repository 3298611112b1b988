import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { UserActor } from "../../lib/auth/get-session-actor";
import { requireUser } from "../session/request-session";
import { type FormState, formError, formValues } from "./form-state";

// The one shape of a dashboard form's server action: the signed-in user (or a redirect to
// sign in), the form's text fields, an optional confirmation box, then the work. What the work
// throws is mapped as the REST API maps it (formError); redirect() and notFound() pass through.
// Authorisation itself stays in lib/, on the first line of each use-case.

export type FormInput = { actor: UserActor; values: Record<string, string>; formData: FormData };

/** A box named `confirm` that must be ticked before anything is done (deletions and the like). */
export type Confirmation = { message: string; field: string };

export const CONFIRM_DELETION: Confirmation = { message: "Tick the box to confirm the deletion.", field: "Confirm to delete." };

export type FormActionOptions = {
  /** What the action does, for the log: "create component". */
  name: string;
  confirm?: Confirmation;
  /** The fields given back to the form after a failure; all of them unless said (never a password). */
  keep?: (values: Record<string, string>) => Record<string, string>;
  /** Rewords a failure, e.g. to name the form's own field where lib names another. */
  reword?: (state: FormState, values: Record<string, string>) => FormState;
};

type Action<State> = (previous: State, formData: FormData) => Promise<State>;

/** `State`: what the form shows besides FormState's own states (a token shown once, say). */
export function formAction(options: FormActionOptions, run: (input: FormInput) => Promise<FormState>): Action<FormState>;
export function formAction<State extends { status: string }>(options: FormActionOptions, run: (input: FormInput) => Promise<State | FormState>): Action<State | FormState>;
export function formAction(options: FormActionOptions, run: (input: FormInput) => Promise<FormState>): Action<FormState> {
  const { name, confirm, keep = (values) => values, reword = (state) => state } = options;
  return async (_previous, formData) => {
    const actor = await requireUser();
    const values = formValues(formData);
    if (confirm && values.confirm !== "on") {
      return { status: "error", message: confirm.message, fieldErrors: { confirm: confirm.field }, values };
    }
    try {
      return await run({ actor, values, formData });
    } catch (error) {
      unstable_rethrow(error);
      return reword(formError(error, keep(values), name), values);
    }
  };
}
