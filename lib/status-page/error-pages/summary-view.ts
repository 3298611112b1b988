// The part of a Statuspage summary.json an error page shows: the overall status and the open
// incidents and maintenance with their latest update. Read defensively: the page must render
// whatever the JSON holds, even nothing at all.

export type SummaryNotice = { name: string; status: string; impact: string; url: string | null; latest: { body: string; at: string } | null };
export type SummaryView = { pageName: string; pageUrl: string; timeZone: string; indicator: string; description: string; notices: SummaryNotice[]; updatedAt: string | null };

type Json = Record<string, unknown>;
const text = (value: unknown, fallback = ""): string => (typeof value === "string" ? value : fallback);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((item): item is Json => typeof item === "object" && item !== null) : []);

function notice(item: Json): SummaryNotice {
  const latest = list(item.incident_updates)[0];
  return {
    name: text(item.name, "Incident"),
    status: text(item.status),
    impact: text(item.impact),
    url: text(item.shortlink) || null,
    latest: latest ? { body: text(latest.body), at: text(latest.display_at) || text(latest.created_at) } : null,
  };
}

export function summaryView(summary: unknown, fallbackUrl: string): SummaryView {
  const root = (typeof summary === "object" && summary !== null ? summary : {}) as Json;
  const page = (root.page ?? {}) as Json;
  const status = (root.status ?? {}) as Json;
  const maintenance = list(root.scheduled_maintenances).filter((item) => item.status === "in_progress" || item.status === "verifying");
  return {
    pageName: text(page.name, "Status"),
    pageUrl: text(page.url) || fallbackUrl,
    timeZone: text(page.time_zone, "Etc/UTC"),
    indicator: text(status.indicator, "none"),
    description: text(status.description, "Status unknown"),
    notices: [...list(root.incidents), ...maintenance].map(notice),
    updatedAt: text(page.updated_at) || null,
  };
}
