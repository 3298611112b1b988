"use client";

import { SERVER_ERROR_EXPLANATION, SERVER_ERROR_TITLE } from "@/web/http/server-error-text";

// Shown when a client-side navigation to a page Beacon renders on request fails, most often
// because the database is unreachable (a full page load gets server/http/server-error-page.ts).
// The public status page is answered from the snapshot and keeps working: send visitors there.

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">{SERVER_ERROR_TITLE}</h1>
      <p className="text-slate-700 dark:text-slate-300">{SERVER_ERROR_EXPLANATION}</p>
      <p className="text-slate-700 dark:text-slate-300">
        The current status is still available:{" "}
        {/* A full page load on purpose: "/" comes from the snapshot, a client navigation would ask Next. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="font-semibold underline underline-offset-2" href="/">
          go to the status page
        </a>
        .
      </p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
      >
        Try again
      </button>
    </main>
  );
}
