import { DeliverySummary } from "@/components/admin/delivery-summary";
import { NoSmtpNotice } from "@/components/admin/no-smtp-notice";
import { LocalTime } from "@/components/local-time";
import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { getEnv } from "@/lib/env";
import { DELIVERY_STATUSES } from "@/lib/notifications/outbox/delivery-counts";
import { listDeliveries } from "@/lib/notifications/outbox/list-deliveries";
import { getOutboxEntry } from "@/lib/notifications/outbox/list-outbox";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { outboxTitle } from "../outbox-labels";
import { DeliveryRow, deliveryStatusTitle } from "./delivery-row";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox entry" };

const searchParamsSchema = z.object({
  status: z.union([z.enum(DELIVERY_STATUSES), z.literal("")]).default(""),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
});

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxEntryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "subscribers:manage")) {
    return <p>Only owners and admins can open the outbox: it shows subscribers&apos; addresses.</p>;
  }
  const [{ id }, query] = await Promise.all([params, searchParams.then((value) => searchParamsSchema.safeParse(value))]);
  // Ids are cuids: anything else (too long, a NUL) is no notification, not a failed query.
  if (!query.success || !/^[\w-]{1,100}$/.test(id)) notFound();
  const { status, page: pageNumber } = query.data;
  const [page, entry, list] = await Promise.all([
    getPublicPage(),
    getOutboxEntry(user, { pageId: DEFAULT_PAGE_ID, id }),
    listDeliveries(user, { pageId: DEFAULT_PAGE_ID, notificationId: id, status: status || undefined, page: pageNumber }),
  ]);
  if (!entry) notFound();
  const href = (next: { status?: string; page?: number }) => {
    const search = new URLSearchParams();
    if (next.status) search.set("status", next.status);
    if (next.page && next.page > 1) search.set("page", String(next.page));
    return `/admin/outbox/${entry.id}${search.size ? `?${search}` : ""}`;
  };
  const filters = [["", "All", Object.values(entry.counts).reduce((a, b) => a + b, 0)] as const, ...DELIVERY_STATUSES.map((s) => [s, deliveryStatusTitle[s], entry.counts[s]] as const)];
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/outbox" className="underline underline-offset-2">
          ← Outbox
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{outboxTitle(entry)}</h1>
      {getEnv().SMTP_URL ? null : <NoSmtpNotice />}
      <div className="space-y-1">
        {entry.incident ? (
          <p className="break-words">
            About <Link href={`/admin/incidents/${entry.incident.id}`} className="underline underline-offset-2">{entry.incident.name}</Link>
          </p>
        ) : null}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Written <LocalTime date={entry.createdAt} timeZone={page.timeZone} />
          {entry.fannedOutAt ? (
            <>
              {" "}· addressed to its subscribers <LocalTime date={entry.fannedOutAt} timeZone={page.timeZone} />
            </>
          ) : (
            " · queued: the sender has not yet addressed it to its subscribers"
          )}
        </p>
        <DeliverySummary counts={entry.counts} queued={entry.fannedOutAt === null} />
      </div>
      <nav aria-label="Show emails" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {filters
          .filter(([value, , count]) => value === "" || count > 0 || value === status)
          .map(([value, label, count]) => (
            <Link key={value} href={href({ status: value })} aria-current={value === status ? "page" : undefined} className="underline underline-offset-2 aria-[current=page]:font-semibold aria-[current=page]:no-underline">
              {label} ({count})
            </Link>
          ))}
      </nav>
      {list.deliveries.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{entry.fannedOutAt ? "No emails here." : "No emails yet: they appear once the sender has addressed this notification."}</p>
      ) : (
        <ul aria-label="Emails" className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {list.deliveries.map((delivery) => (
            <DeliveryRow key={delivery.id} delivery={delivery} notificationId={entry.id} timeZone={page.timeZone} />
          ))}
        </ul>
      )}
      <nav aria-label="Email pages" className="flex gap-4 text-sm empty:hidden">
        {list.page > 1 ? <Link href={href({ status, page: list.page - 1 })} className="underline underline-offset-2">Previous page</Link> : null}
        {list.page < list.pageCount ? <Link href={href({ status, page: list.page + 1 })} className="underline underline-offset-2">Next page</Link> : null}
      </nav>
    </>
  );
}
