import { DeliverySummary } from "@/components/admin/delivery-summary";
import { NoSmtpNotice } from "@/components/admin/no-smtp-notice";
import { LocalTime } from "@/components/local-time";
import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { getEnv } from "@/lib/env";
import { listOutbox, type OutboxEntry } from "@/lib/notifications/outbox/list-outbox";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { outboxTitle } from "./outbox-labels";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox" };

// Ids are cuids; anything else (a NUL, say) is a 404 rather than a failed query.
const searchParamsSchema = z.object({ before: z.string().regex(/^[\w-]{1,100}$/).optional() });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Entry({ entry, timeZone }: { entry: OutboxEntry; timeZone: string }) {
  return (
    <li className="space-y-1 px-4 py-3">
      <h3 className="font-semibold">
        <Link href={`/admin/outbox/${entry.id}`} className="underline underline-offset-2">
          {outboxTitle(entry)}
        </Link>
      </h3>
      {entry.incident ? (
        <p className="text-sm break-words">
          About{" "}
          <Link href={`/admin/incidents/${entry.incident.id}`} className="underline underline-offset-2">
            {entry.incident.name}
          </Link>
        </p>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Written <LocalTime date={entry.createdAt} timeZone={timeZone} />
        {entry.fannedOutAt ? null : " · not yet addressed to its subscribers"}
      </p>
      <DeliverySummary counts={entry.counts} queued={entry.fannedOutAt === null} />
    </li>
  );
}

export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "subscribers:manage")) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p>Only owners and admins can open the outbox: it shows subscribers&apos; addresses.</p>
      </>
    );
  }
  const query = searchParamsSchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const [page, outbox] = await Promise.all([getPublicPage(), listOutbox(user, { pageId: DEFAULT_PAGE_ID, before: query.data.before })]);
  if (!outbox) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Everything Beacon has to send to subscribers, newest first: confirmations, incident updates, postmortems and component changes, by email or webhook, and how each one&apos;s deliveries fared.
      </p>
      {getEnv().SMTP_URL ? null : (
        <NoSmtpNotice>
          <p className="text-sm text-amber-950 dark:text-amber-100">
            Trying Beacon out? Subscribe on the status page, then open the confirmation email here and follow its link.
          </p>
        </NoSmtpNotice>
      )}
      {outbox.entries.length === 0 ? (
        <p>Nothing to send yet.</p>
      ) : (
        <ol aria-label="Notifications" className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {outbox.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} timeZone={page.timeZone} />
          ))}
        </ol>
      )}
      <nav aria-label="Outbox pages" className="flex gap-4 text-sm">
        {query.data.before ? (
          <Link href="/admin/outbox" className="underline underline-offset-2">
            Newest
          </Link>
        ) : null}
        {outbox.older ? (
          <Link href={`/admin/outbox?before=${encodeURIComponent(outbox.older)}`} className="underline underline-offset-2">
            Older
          </Link>
        ) : null}
      </nav>
    </>
  );
}
