import { NoSmtpNotice } from "@/components/admin/no-smtp-notice";
import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { getEnv } from "@/lib/env";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listSubscribers, SUBSCRIBER_STATES } from "@/lib/subscribers/list-subscribers";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SubscriberRow } from "./subscriber-row";
import { SubscriberCountList, SubscriberSearchForm } from "./subscriber-search";
import { subscribersHref } from "./subscribers-href";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Subscribers" };

const searchParamsSchema = z.object({
  // No NUL: PostgreSQL cannot compare text with one (lib would refuse it; here it is a 404).
  q: z.string().trim().max(254).regex(/^[^\0]*$/).default(""),
  state: z.union([z.enum(SUBSCRIBER_STATES), z.literal("")]).default(""),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  deleted: z.string().optional(),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubscribersPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "subscribers:manage")) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Subscribers</h1>
        <p>Only owners and admins can see subscribers: their addresses are personal data.</p>
      </>
    );
  }
  const params = searchParamsSchema.safeParse(await searchParams);
  if (!params.success) notFound();
  const { q, state, page: pageNumber, deleted } = params.data;
  const [page, list] = await Promise.all([getPublicPage(), listSubscribers(user, { pageId: DEFAULT_PAGE_ID, query: q, state: state || undefined, page: pageNumber })]);
  const search = { q, state, page: pageNumber };
  const filtered = Boolean(q || state);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Subscribers</h1>
        <a href="/admin/subscribers/export" download className="text-sm underline underline-offset-2">
          Export all as CSV
        </a>
      </div>
      {getEnv().SMTP_URL ? null : <NoSmtpNotice />}
      {deleted ? (
        <p role="status" className="text-sm font-medium text-green-800 dark:text-green-400">
          Subscriber removed.
        </p>
      ) : null}
      <SubscriberCountList counts={list.counts} q={q} />
      <SubscriberSearchForm q={q} state={state} />
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-lg font-semibold">
          {filtered ? `${list.matching.toLocaleString("en")} matching` : "Everyone"}
          {list.pageCount > 1 ? <span className="font-normal text-slate-600 dark:text-slate-400"> · page {list.page} of {list.pageCount}</span> : null}
        </h2>
        {list.subscribers.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">
            {filtered ? "No subscriber matches." : "Nobody has subscribed yet. Visitors subscribe at /subscribe, linked from the status page."}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
            {list.subscribers.map((subscriber) => (
              <SubscriberRow key={subscriber.id} subscriber={subscriber} timeZone={page.timeZone} search={search} />
            ))}
          </ul>
        )}
        <nav aria-label="Subscriber pages" className="flex gap-4 text-sm empty:hidden">
          {list.page > 1 ? (
            <Link href={subscribersHref({ q, state, page: list.page - 1 })} className="underline underline-offset-2">
              Previous page
            </Link>
          ) : null}
          {list.page < list.pageCount ? (
            <Link href={subscribersHref({ q, state, page: list.page + 1 })} className="underline underline-offset-2">
              Next page
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
