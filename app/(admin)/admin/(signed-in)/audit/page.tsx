import { LocalTime } from "@/components/local-time";
import { type AuditLogEntry, listAuditLog } from "@/lib/audit/list-audit-log";
import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

const searchParamsSchema = z.object({ before: z.string().trim().min(1).max(100).optional() });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One detail value as text: lists joined, objects as JSON. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return value.map(describe).join(", ");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function Details({ details }: { details: unknown }) {
  if (details === null || details === undefined) return null;
  if (typeof details !== "object" || Array.isArray(details)) return <p className="text-sm">{describe(details)}</p>;
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{key}</dt>
          <dd className="break-words">{describe(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Entry({ entry, timeZone }: { entry: AuditLogEntry; timeZone: string }) {
  return (
    <li className="space-y-1 px-4 py-3">
      <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-600 dark:text-slate-400">
        <LocalTime date={entry.createdAt} timeZone={timeZone} />
        <span className="break-all">{entry.actorLabel}</span>
      </p>
      <p>
        <code className="font-semibold">{entry.action}</code>{" "}
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {entry.targetType}
          {entry.targetId ? <> {entry.targetId}</> : null}
        </span>
      </p>
      <Details details={entry.details} />
    </li>
  );
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "settings:write")) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p>Only owners and admins can read the audit log.</p>
      </>
    );
  }
  const query = searchParamsSchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const { before } = query.data;
  const [page, log] = await Promise.all([getPublicPage(), listAuditLog(user, { pageId: DEFAULT_PAGE_ID, limit: PAGE_SIZE, before })]);
  if (!log) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-slate-600 dark:text-slate-400">Every change made in the dashboard, through the API or on the command line, newest first.</p>
      {log.entries.length === 0 ? (
        <p>Nothing has been changed yet.</p>
      ) : (
        <ol aria-label="Audit log entries" className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {log.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} timeZone={page.timeZone} />
          ))}
        </ol>
      )}
      <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
        {before ? (
          <Link href="/admin/audit" className="underline underline-offset-2">
            Newest
          </Link>
        ) : null}
        {log.older ? (
          <Link href={`/admin/audit?before=${encodeURIComponent(log.older)}`} className="underline underline-offset-2">
            Older
          </Link>
        ) : null}
      </nav>
    </>
  );
}
