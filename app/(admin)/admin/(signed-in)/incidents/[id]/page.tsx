import { DeliverySummary } from "@/components/admin/delivery-summary";
import { IncidentCard } from "@/components/incident-card";
import { LocalTime } from "@/components/local-time";
import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { listComponents } from "@/lib/components/list-components";
import { getIncident } from "@/lib/incidents/get-incident";
import { getIncidentDeliveryCounts, type NotificationSummary } from "@/lib/notifications/outbox/delivery-counts";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteForm } from "./delete-form";
import { EditUpdateList } from "./edit-update-list";
import { PostmortemForm } from "./postmortem-form";
import { UpdateForm } from "./update-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Incident" };

type Props = { params: Promise<{ id: string }> };

export default async function AdminIncidentPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  // Ids are cuids: anything else (too long, a NUL) is no incident, not a failed query.
  if (!/^[\w-]{1,100}$/.test(id)) notFound();
  const [page, incident, tree, emails] = await Promise.all([
    getPublicPage(),
    getIncident(DEFAULT_PAGE_ID, id),
    listComponents(DEFAULT_PAGE_ID),
    getIncidentDeliveryCounts(user, { pageId: DEFAULT_PAGE_ID, incidentId: id }),
  ]);
  if (!incident) notFound();
  // How each notification's emails fared; the outbox link only for those who may open it.
  const emailLine = (summary: NotificationSummary | null | undefined, label?: string) =>
    summary ? (
      <DeliverySummary
        counts={summary.counts}
        queued={summary.queued}
        label={label}
        href={can(user, "subscribers:manage") ? `/admin/outbox/${summary.notificationId}` : undefined}
      />
    ) : null;
  const affected = new Set(incident.components.map((c) => c.id));
  // Affected components first: they are the ones an update usually changes.
  const components = [...tree.components]
    .sort((a, b) => Number(affected.has(b.id)) - Number(affected.has(a.id)))
    .map((c) => ({ id: c.id, name: c.name, status: c.status }));
  return (
    <>
      <h1 className="text-2xl font-semibold">{incident.name}</h1>
      <IncidentCard incident={incident} timeZone={page.timeZone} now={new Date()} headingLevel={null} />
      {incident.kind === "incident" ? (
        <section aria-labelledby="post-update" className="space-y-3">
          <h2 id="post-update" className="text-lg font-semibold">
            Post an update
          </h2>
          <UpdateForm incidentId={incident.id} currentStatus={incident.status} components={components} />
        </section>
      ) : null}
      <section aria-labelledby="edit-updates" className="space-y-3">
        <h2 id="edit-updates" className="text-lg font-semibold">
          Edit an update&apos;s text
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Corrects the message only; the status page marks the update &ldquo;edited&rdquo;.</p>
        <EditUpdateList
          incidentId={incident.id}
          updates={incident.updates}
          timeZone={page.timeZone}
          emails={Object.fromEntries(incident.updates.map((update) => [update.id, emailLine(emails.updates[update.id])]))}
        />
      </section>
      {incident.kind === "incident" ? (
        <section aria-labelledby="postmortem-heading" className="space-y-3">
          <h2 id="postmortem-heading" className="text-lg font-semibold">
            Postmortem
          </h2>
          {incident.status === "resolved" || incident.status === "postmortem" ? (
            <>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {incident.postmortemPublishedAt ? (
                  <>
                    Published <LocalTime date={incident.postmortemPublishedAt} timeZone={page.timeZone} />.
                  </>
                ) : incident.postmortemBody ? (
                  "A draft: the status page does not show it yet."
                ) : (
                  "What happened, why, and what will change: written once the incident is over."
                )}
              </p>
              {emailLine(emails.postmortem, "Postmortem emails")}
              <PostmortemForm incidentId={incident.id} body={incident.postmortemBody ?? ""} published={incident.postmortemPublishedAt !== null} />
            </>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">A postmortem can be written once the incident is resolved.</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="delete" className="space-y-3">
        <h2 id="delete" className="text-lg font-semibold">
          Delete
        </h2>
        <DeleteForm incidentId={incident.id} />
      </section>
    </>
  );
}
