"use client";

import { inputClass } from "@/components/admin/styles";
import Link from "next/link";
import type { ReactNode } from "react";

// What was just made, with the secret that goes with it (a signing secret, a ping URL) in a
// read-only box that selects itself: it is shown this once and never again.

type Props = { message: string; href: string; secret: { id: string; label: string; value: string } | null; children?: ReactNode };

export function ShownOnce({ message, href, secret, children }: Props) {
  return (
    <div className="space-y-2 rounded-lg border border-green-700 bg-green-50 px-4 py-3 dark:border-green-500 dark:bg-green-950">
      <p role="status" className="font-medium text-green-900 dark:text-green-200">
        {message} <Link href={href} className="underline underline-offset-2">Open it</Link>
      </p>
      {secret ? (
        <>
          <label htmlFor={secret.id} className="block text-sm font-medium">
            {secret.label}
          </label>
          <input id={secret.id} readOnly value={secret.value} className={`${inputClass} font-mono text-sm`} onFocus={(event) => event.currentTarget.select()} />
          <p className="text-sm">{children}</p>
        </>
      ) : null}
    </div>
  );
}
