import Link from "next/link";

// Shown on the subscribers and outbox pages while SMTP_URL is unset: nothing is being emailed,
// which a webmaster trying a fresh install must not mistake for mail going out.
export function NoSmtpNotice({ children }: { children?: React.ReactNode }) {
  return (
    <div role="note" aria-labelledby="no-smtp-heading" className="space-y-1 rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950">
      <p id="no-smtp-heading" className="font-semibold text-amber-950 dark:text-amber-100">
        <span aria-hidden="true">⚠ </span>Emails are not being sent: SMTP_URL is not set
      </p>
      <p className="text-sm text-amber-950 dark:text-amber-100">
        Beacon keeps every email in the <Link href="/admin/outbox" className="underline underline-offset-2">outbox</Link>, marked “not sent”. Set{" "}
        <code>SMTP_URL</code> (e.g. <code className="break-all">smtps://user:password@mail.example.com:465</code>) and restart to send them.
      </p>
      {children}
    </div>
  );
}
