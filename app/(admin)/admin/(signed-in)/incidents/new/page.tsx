import { listComponents } from "@/lib/components/list-components";
import { INCIDENT_TEMPLATES, findTemplate } from "@/lib/incidents/templates";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import type { Metadata } from "next";
import Link from "next/link";
import { NewIncidentForm } from "./new-incident-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New incident" };

type Props = { searchParams: Promise<{ template?: string }> };

export default async function NewIncidentPage({ searchParams }: Props) {
  const template = findTemplate((await searchParams).template);
  const { components } = await listComponents(DEFAULT_PAGE_ID);
  const defaults = template
    ? { name: template.name, status: template.status, impact: template.impact, body: template.body }
    : { name: "", status: "investigating", impact: "", body: "" };
  return (
    <>
      <h1 className="text-2xl font-semibold">New incident</h1>
      <nav aria-label="Templates" className="flex flex-wrap items-center gap-3 text-sm">
        <span>Start from a template:</span>
        {INCIDENT_TEMPLATES.map((option) => (
          <Link
            key={option.id}
            href={`/admin/incidents/new?template=${option.id}`}
            aria-current={option.id === template?.id ? "true" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 aria-[current]:bg-slate-900 aria-[current]:text-white dark:border-slate-600"
          >
            {option.label}
          </Link>
        ))}
      </nav>
      <NewIncidentForm
        key={template?.id ?? "blank"}
        defaults={defaults}
        components={components.map((c) => ({ id: c.id, name: c.name, status: c.status }))}
      />
    </>
  );
}
