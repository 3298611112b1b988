import "server-only";
import type { ComponentStatus } from "../components/status";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";

export type OverviewComponent = { id: string; name: string; description: string | null; status: ComponentStatus };
export type OverviewGroup = { id: string; name: string; description: string | null; components: OverviewComponent[] };

export type StatusOverview = {
  page: { id: string; name: string; siteUrl: string | null; timeZone: string };
  // Groups and ungrouped components in display order; `group: null` holds the ungrouped ones.
  sections: { group: OverviewGroup | null; components: OverviewComponent[] }[];
};

const componentSelect = { id: true, name: true, description: true, status: true, position: true } as const;

/** The page and its components, grouped and ordered for display. */
export async function getStatusOverview(): Promise<StatusOverview> {
  const { id: pageId } = await ensurePage();
  const db = getDb();
  const [page, groups, ungrouped] = await Promise.all([
    db.page.findUniqueOrThrow({ where: { id: pageId }, select: { id: true, name: true, siteUrl: true, timeZone: true } }),
    db.componentGroup.findMany({
      where: { pageId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        description: true,
        position: true,
        components: { where: { showcase: true }, orderBy: [{ position: "asc" }, { name: "asc" }], select: componentSelect },
      },
    }),
    db.component.findMany({
      where: { pageId, groupId: null, showcase: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: componentSelect,
    }),
  ]);
  const sections = [
    ...groups.map((group) => ({ position: group.position, group: { ...group }, components: group.components })),
    ...ungrouped.map((component) => ({ position: component.position, group: null, components: [component] })),
  ].sort((a, b) => a.position - b.position);
  return {
    page,
    sections: sections.map(({ group, components }) => ({
      group: group && { id: group.id, name: group.name, description: group.description, components },
      components,
    })),
  };
}
