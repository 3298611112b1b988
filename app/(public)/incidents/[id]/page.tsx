import Link from "next/link";
import { IncidentCard } from "@/components/incident-card";
import { LocalTime } from "@/components/local-time";
import { Markdown } from "@/components/markdown";
import { getIncident } from "@/lib/incidents/get-incident";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const page = await getPublicPage();
  return { page, incident: await getIncident(page.id, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident } = await load((await params).id);
  return { title: incident?.name ?? "Incident not found" };
}

export default async function IncidentPage({ params }: Props) {
  const { page, incident } = await load((await params).id);
  if (!incident) notFound();
  const zone = page.timeZone;
  const now = new Date();
  return (
    <>
      <p className="text-sm">
        <Link className="underline underline-offset-2" href="/">
          ← Current status
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{incident.name}</h1>
      <IncidentCard incident={incident} timeZone={zone} now={now} headingLevel={null} />
      {incident.resolvedAt ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {incident.kind === "maintenance" ? "Completed" : "Resolved"} <LocalTime date={incident.resolvedAt} timeZone={zone} />.
        </p>
      ) : null}
      {incident.postmortemBody && incident.postmortemPublishedAt ? (
        <section aria-labelledby="postmortem" className="space-y-2">
          <h2 id="postmortem" className="text-lg font-semibold">
            Postmortem
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Published <LocalTime date={incident.postmortemPublishedAt} timeZone={zone} />
          </p>
          <Markdown text={incident.postmortemBody} />
        </section>
      ) : null}
    </>
  );
}
