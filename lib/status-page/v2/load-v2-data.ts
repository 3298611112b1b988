import "server-only";
import { type ComponentTree, listComponents } from "../../components/list-components";
import { getEnv } from "../../env";
import {
  ACTIVE_MAINTENANCE_STATUSES,
  type IncidentKind,
  type IncidentRecord,
  type IncidentStatus,
  UNRESOLVED_INCIDENT_STATUSES,
  UPCOMING_MAINTENANCE_STATUSES,
} from "../../incidents/incident-record";
import { listIncidents } from "../../incidents/list-incidents";
import { DEFAULT_PAGE_ID } from "../../pages/default-page";
import type { PageSettings } from "../../pages/get-page-settings";
import { getPublicPage } from "../get-public-page";

export type V2Endpoint =
  | "summary"
  | "status"
  | "components"
  | "incidents"
  | "incidents/unresolved"
  | "scheduled-maintenances"
  | "scheduled-maintenances/upcoming"
  | "scheduled-maintenances/active";

export type V2Data = {
  page: PageSettings;
  // Public base URL (BEACON_URL) for the page url and incident shortlinks.
  baseUrl: string;
  tree: ComponentTree;
  // Newest first.
  incidents: IncidentRecord[];
  // By window for the upcoming/active lists, newest first for the recent list.
  maintenances: IncidentRecord[];
};

type Plan = { kind?: IncidentKind; statuses?: readonly IncidentStatus[]; limit?: number; byWindow?: boolean } | null;

// One incident query per endpoint: summary and status read incidents and maintenance together
// and split them by kind. Both hold every unresolved incident and active maintenance, which is
// all the roll-up counts.
const plans: Record<V2Endpoint, Plan> = {
  summary: {
    statuses: [...UNRESOLVED_INCIDENT_STATUSES, ...UPCOMING_MAINTENANCE_STATUSES, ...ACTIVE_MAINTENANCE_STATUSES],
    byWindow: true,
  },
  status: { statuses: [...UNRESOLVED_INCIDENT_STATUSES, ...ACTIVE_MAINTENANCE_STATUSES] },
  components: null,
  incidents: { kind: "incident", limit: 50 },
  "incidents/unresolved": { kind: "incident", statuses: UNRESOLVED_INCIDENT_STATUSES },
  "scheduled-maintenances": { kind: "maintenance", limit: 50 },
  "scheduled-maintenances/upcoming": { kind: "maintenance", statuses: UPCOMING_MAINTENANCE_STATUSES, byWindow: true },
  "scheduled-maintenances/active": { kind: "maintenance", statuses: ACTIVE_MAINTENANCE_STATUSES, byWindow: true },
};

// Soonest window first. Sorted here rather than in SQL because SQLite and PostgreSQL put
// NULLs at opposite ends of an ascending sort.
function byWindow(a: IncidentRecord, b: IncidentRecord): number {
  const at = a.scheduledFor?.getTime() ?? Number.POSITIVE_INFINITY;
  const bt = b.scheduledFor?.getTime() ?? Number.POSITIVE_INFINITY;
  return at - bt || a.startedAt.getTime() - b.startedAt.getTime();
}

/** Everything one /api/v2 endpoint serialises: page, component tree and its incidents. */
export async function loadV2Data(endpoint: V2Endpoint): Promise<V2Data> {
  const plan = plans[endpoint];
  const pageId = DEFAULT_PAGE_ID;
  // Every endpoint needs the components: as its payload, for the roll-up, or because an
  // incident lists full component objects.
  const [page, tree, rows] = await Promise.all([
    getPublicPage(),
    listComponents(pageId),
    plan ? listIncidents({ pageId, kind: plan.kind, statuses: plan.statuses, limit: plan.limit }) : [],
  ]);
  const maintenances = rows.filter((row) => row.kind === "maintenance");
  if (plan?.byWindow) maintenances.sort(byWindow);
  return {
    page,
    baseUrl: getEnv().BEACON_URL,
    tree,
    incidents: rows.filter((row) => row.kind === "incident"),
    maintenances,
  };
}
