import { LocalTime } from "@/components/local-time";
import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { getDeliveryPreview } from "@/lib/notifications/channels/email/get-delivery-preview";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryStatusBadge } from "../delivery-row";
import { LinkedText } from "./linked-text";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Email" };

type Props = { params: Promise<{ id: string; deliveryId: string }> };

const termClass = "whitespace-nowrap text-slate-600 dark:text-slate-400";

export default async function DeliveryPreviewPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "subscribers:manage")) {
    return <p>Only owners and admins can open the outbox: it shows subscribers&apos; addresses.</p>;
  }
  const { id, deliveryId } = await params;
  // Ids are cuids: anything else (too long, a NUL) is no email, not a failed query.
  if (![id, deliveryId].every((value) => /^[\w-]{1,100}$/.test(value))) notFound();
  const [page, preview] = await Promise.all([getPublicPage(), getDeliveryPreview(user, { pageId: DEFAULT_PAGE_ID, notificationId: id, deliveryId })]);
  if (!preview) notFound();
  const { message } = preview;
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/outbox/${id}`} className="underline underline-offset-2">
          ← All emails of this notification
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{message ? message.subject : "Email"}</h1>
      {preview.status === "held" ? (
        <p role="note" className="rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3 font-semibold text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
          <span aria-hidden="true">⚠ </span>Not sent — SMTP_URL is not set. This email was kept here instead; its links work, so you can follow them yourself.
        </p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className={termClass}>To</dt>
        <dd className="break-all">{preview.email}</dd>
        <dt className={termClass}>Status</dt>
        <dd>
          <DeliveryStatusBadge status={preview.status} />
        </dd>
        {preview.attempts > 0 ? (
          <>
            <dt className={termClass}>Failed tries</dt>
            <dd>{preview.attempts}</dd>
          </>
        ) : null}
        {preview.sentAt ? (
          <>
            <dt className={termClass}>Sent</dt>
            <dd>
              <LocalTime date={preview.sentAt} timeZone={page.timeZone} />
            </dd>
          </>
        ) : null}
        {preview.lastError && preview.status !== "held" ? (
          <>
            <dt className={termClass}>Last error</dt>
            <dd className="break-words">{preview.lastError}</dd>
          </>
        ) : null}
      </dl>
      {message ? (
        <>
          <section aria-labelledby="text-heading" className="space-y-2">
            <h2 id="text-heading" className="text-lg font-semibold">
              Plain text
            </h2>
            <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <LinkedText text={message.text} />
            </div>
          </section>
          <section aria-labelledby="html-heading" className="space-y-2">
            <h2 id="html-heading" className="text-lg font-semibold">
              HTML
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">Shown sandboxed, as a mail client would; use the links in the plain text above.</p>
            {/* An empty sandbox: no scripts, no forms, an opaque origin. The dashboard's CSP still applies. */}
            <iframe title="The email's HTML version" sandbox="" srcDoc={message.html} className="h-[36rem] w-full rounded-lg border border-slate-200 bg-white dark:border-slate-700" />
          </section>
        </>
      ) : (
        <p>What this email announced no longer exists (the incident or update was deleted), so it cannot be shown.</p>
      )}
    </>
  );
}
