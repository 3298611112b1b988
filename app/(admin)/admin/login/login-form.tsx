"use client";

import { useActionState } from "react";
import { type SignInState, signInAction } from "./actions";

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  const error = state.status === "error" ? state.message : null;
  return (
    <form action={action} className="space-y-4" aria-describedby={error ? "login-error" : undefined}>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.status === "error" ? state.email : ""}
          aria-invalid={error ? true : undefined}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          className={field}
        />
      </div>
      <p id="login-error" role="alert" className="min-h-6 text-sm font-medium text-red-700 dark:text-red-400">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-70 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
