import { requireUser } from "@/web/session/request-session";
import { listComponents } from "@/lib/components/list-components";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import type { Metadata } from "next";
import { ComponentRow } from "./component-row";
import { GroupItem } from "./group-item";
import { NewComponentForm } from "./new-component-form";
import { NewGroupForm } from "./new-group-form";
import { movedOrder, topLevelEntries } from "./order";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Components" };

const deletedNotice: Record<string, string> = { component: "Component deleted.", group: "Group deleted." };

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function ComponentsPage({ searchParams }: Props) {
  await requireUser();
  const [tree, { deleted }] = await Promise.all([listComponents(DEFAULT_PAGE_ID), searchParams]);
  const entries = topLevelEntries(tree);
  const topIds = entries.map((entry) => entry.id);
  const groups = tree.groups.map((group) => ({ id: group.id, name: group.name }));
  const notice = deleted ? deletedNotice[deleted] : undefined;
  return (
    <>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Components</h1>
        <p className="text-slate-600 dark:text-slate-400">What visitors see on the status page, in this order. Changes appear there within about a second.</p>
      </div>
      <p role="status" className="text-sm font-medium text-green-800 empty:hidden dark:text-green-400">
        {notice}
      </p>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-lg font-semibold">
          Groups and components
        </h2>
        {entries.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No components yet. Add the first one below.</p>
        ) : (
          <ol aria-labelledby="list-heading" className="space-y-4">
            {entries.map((entry, index) => {
              const move = { groupId: null, up: movedOrder(topIds, index, -1), down: movedOrder(topIds, index, 1) };
              return entry.kind === "group" ? (
                <GroupItem key={entry.id} group={entry.group} components={entry.components} groups={groups} move={move} />
              ) : (
                <ComponentRow key={entry.id} component={entry.component} groups={groups} move={move} nested={false} />
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="add-heading" className="space-y-3">
        <h2 id="add-heading" className="text-lg font-semibold">
          Add
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <NewComponentForm groups={groups} />
          </div>
          <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <NewGroupForm />
          </div>
        </div>
      </section>
    </>
  );
}
