import { inDisplayOrder } from "@/lib/components/display-order";
import { listComponents } from "@/lib/components/list-components";
import { componentStatusLabel } from "@/lib/components/status";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { listTemplates } from "@/lib/templates/list-templates";
import type { Metadata } from "next";
import Link from "next/link";
import { NewIncidentForm } from "./new-incident-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New incident" };

type Props = { searchParams: Promise<{ template?: string }> };

export default async function NewIncidentPage({ searchParams }: Props) {
  const [{ template: chosen }, templates, tree] = await Promise.all([searchParams, listTemplates(DEFAULT_PAGE_ID), listComponents(DEFAULT_PAGE_ID)]);
  // By id; a built-in's key (`?template=bad-gateway`) still works for links made before templates were editable.
  const template = templates.find((option) => option.id === chosen) ?? templates.find((option) => option.key !== null && option.key === chosen);
  const defaults = template
    ? { name: template.name, status: template.status, impact: template.impact, body: template.body }
    : { name: "", status: "investigating", impact: "", body: "" };
  return (
    <>
      <h1 className="text-2xl font-semibold">New incident</h1>
      <nav aria-label="Templates" className="flex flex-wrap items-center gap-3 text-sm">
        <span>Start from a template:</span>
        {templates.map((option) => (
          <Link
            key={option.id}
            href={`/admin/incidents/new?template=${option.id}`}
            aria-current={option.id === template?.id ? "true" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 aria-[current]:bg-slate-900 aria-[current]:text-white dark:border-slate-600"
          >
            {option.label}
          </Link>
        ))}
        <Link href="/admin/templates" className="underline underline-offset-2">
          Manage templates
        </Link>
      </nav>
      {template ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          “{template.label}” suggests setting the affected components to {componentStatusLabel[template.componentStatus].toLowerCase()}.
        </p>
      ) : null}
      <NewIncidentForm
        key={template ? `${template.id}-${template.updatedAt.toISOString()}` : "blank"}
        defaults={defaults}
        components={inDisplayOrder(tree).map((c) => ({ id: c.id, name: c.name, status: c.status, group: c.group }))}
      />
    </>
  );
}
