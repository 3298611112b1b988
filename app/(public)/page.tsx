import { IncidentCard } from "@/components/incident-card";
import { LocalTime } from "@/components/local-time";
import { StatusBanner } from "@/components/status-banner";
import { VisitorGuidance } from "@/components/visitor-guidance";
import { loadStatusPage } from "@/lib/status-page/load-status-page";
import { publicTitle } from "@/lib/status-page/page-title";
import { pageHeadline } from "@/lib/status-page/rollup";
import type { IncidentRecord } from "@/lib/incidents/incident-record";
import type { Metadata } from "next";
import { cache } from "react";
import { ComponentList } from "./component-list";

// Rendered on request; in production visitors get the stored snapshot of this page.
export const dynamic = "force-dynamic";

// The metadata and the page share one load per render.
const load = cache(() => loadStatusPage());

export async function generateMetadata(): Promise<Metadata> {
  const { page, rollup, sections } = await load();
  return { title: { absolute: publicTitle(pageHeadline(rollup, sections.length), page.name) } };
}

function IncidentSection({ id, title, incidents, timeZone, now }: { id: string; title: string; incidents: IncidentRecord[]; timeZone: string; now: Date }) {
  if (incidents.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {incidents.map((incident) => (
        <IncidentCard key={incident.id} incident={incident} timeZone={timeZone} now={now} />
      ))}
    </section>
  );
}

export default async function StatusPage() {
  const data = await load();
  const { page, now } = data;
  const zone = page.timeZone;
  return (
    <>
      <h1 className="sr-only">{page.name}</h1>
      <StatusBanner rollup={data.rollup} listedComponents={data.sections.length}>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Updated <LocalTime date={now} timeZone={zone} />
        </p>
      </StatusBanner>
      {data.guidance ? <VisitorGuidance guidance={data.guidance} /> : null}
      <IncidentSection id="active-incidents" title="Current incidents" incidents={data.unresolved} timeZone={zone} now={now} />
      <IncidentSection id="active-maintenance" title="Maintenance in progress" incidents={data.activeMaintenance} timeZone={zone} now={now} />
      <section aria-labelledby="components-heading">
        <h2 id="components-heading" className="mb-3 text-lg font-semibold">
          Components
        </h2>
        <ComponentList sections={data.sections} timeZone={zone} now={now} />
      </section>
      <IncidentSection id="upcoming-maintenance" title="Upcoming maintenance" incidents={data.upcomingMaintenance} timeZone={zone} now={now} />
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Past incidents (last 14 days)
        </h2>
        {data.recent.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No incidents in the last 14 days.</p>
        ) : (
          data.recent.map((incident) => <IncidentCard key={incident.id} incident={incident} timeZone={zone} now={now} compact />)
        )}
        <p>
          <a className="underline underline-offset-2" href="/history">
            All past incidents and maintenance
          </a>
        </p>
      </section>
    </>
  );
}
