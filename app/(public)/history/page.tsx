import { IncidentCard } from "@/components/incident-card";
import { monthLabel } from "@/lib/status-page/history-window";
import { loadHistory } from "@/lib/status-page/load-history";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "History" };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function HistoryPage({ searchParams }: Props) {
  const raw = (await searchParams).page;
  const pageNumber = raw === undefined ? 1 : Number(raw);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) notFound();
  const data = await loadHistory(pageNumber);
  if (!data) notFound();
  const zone = data.page.timeZone;
  return (
    <>
      <h1 className="text-2xl font-semibold">Incident history</h1>
      {data.months.map(({ month, incidents }) => (
        <section key={month} aria-labelledby={`month-${month}`} className="space-y-3">
          <h2 id={`month-${month}`} className="border-b border-slate-200 pb-1 text-lg font-semibold dark:border-slate-700">
            {monthLabel(month)}
          </h2>
          {incidents.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">No incidents or maintenance this month.</p>
          ) : (
            incidents.map((incident) => (
              <IncidentCard key={incident.id} incident={incident} timeZone={zone} now={data.now} compact />
            ))
          )}
        </section>
      ))}
      <nav aria-label="History pages" className="flex justify-between">
        {data.pageNumber > 1 ? (
          <a className="underline underline-offset-2" href={data.pageNumber === 2 ? "/history" : `/history?page=${data.pageNumber - 1}`}>
            ← Newer
          </a>
        ) : (
          <span />
        )}
        {data.pageNumber < data.pageCount ? (
          <a className="underline underline-offset-2" href={`/history?page=${data.pageNumber + 1}`}>
            Older →
          </a>
        ) : null}
      </nav>
    </>
  );
}
