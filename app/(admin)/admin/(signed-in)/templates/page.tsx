import { buttonClass } from "@/components/admin/styles";
import { requireUser } from "@/web/session/request-session";
import { componentStatusLabel } from "@/lib/components/status";
import { impactLabel, incidentStatusLabel } from "@/lib/incidents/labels";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { listTemplates } from "@/lib/templates/list-templates";
import type { TemplateRecord } from "@/lib/templates/template-record";
import type { Metadata } from "next";
import Link from "next/link";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Incident templates" };

type Props = { searchParams: Promise<{ added?: string; deleted?: string }> };

const badgeClass = "rounded-full border px-2 py-0.5 text-xs font-medium";
const linkClass = "underline underline-offset-2";

/** The message's first paragraph without markdown's emphasis marks, as a reminder of what it says. */
function excerpt(body: string): string {
  return (body.split(/\n\s*\n/)[0] ?? "").replace(/[*_`]+/g, "").trim();
}

function TemplateItem({ template }: { template: TemplateRecord }) {
  const headingId = `template-${template.id}-heading`;
  return (
    <li aria-labelledby={headingId} className="space-y-2 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="font-semibold break-words">
          {template.label}
        </h2>
        <span className={`${badgeClass} border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300`}>{template.builtIn ? "Beacon's" : "Yours"}</span>
        {template.edited ? <span className={`${badgeClass} border-amber-600 text-amber-800 dark:border-amber-400 dark:text-amber-300`}>Edited</span> : null}
      </div>
      <p className="break-words">{template.name}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {incidentStatusLabel[template.status]} · {impactLabel[template.impact]} · components: {componentStatusLabel[template.componentStatus].toLowerCase()}
      </p>
      <p className="line-clamp-2 text-sm break-words text-slate-700 dark:text-slate-300">{excerpt(template.body)}</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/admin/templates/${template.id}`} className={linkClass}>
          Edit<span className="sr-only"> “{template.label}”</span>
        </Link>
        <Link href={`/admin/incidents/new?template=${template.id}`} className={linkClass}>
          Start an incident from it<span className="sr-only"> (“{template.label}”)</span>
        </Link>
      </p>
    </li>
  );
}

export default async function TemplatesPage({ searchParams }: Props) {
  await requireUser();
  const [templates, { added, deleted }] = await Promise.all([listTemplates(DEFAULT_PAGE_ID), searchParams]);
  const addedLabel = added ? templates.find((template) => template.id === added)?.label : undefined;
  const notice = addedLabel ? `Added “${addedLabel}”.` : deleted ? "Template deleted." : null;
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Incident templates</h1>
          <p className="text-slate-600 dark:text-slate-400">
            Starting points for a <Link href="/admin/incidents/new" className={linkClass}>new incident</Link>. Edit Beacon&apos;s to fit your site (you can always reset them), or add your own.
          </p>
        </div>
        <Link href="/admin/templates/new" className={buttonClass}>
          Add a template
        </Link>
      </div>
      <p role="status" className="text-sm font-medium text-green-800 empty:hidden dark:text-green-400">
        {notice}
      </p>
      <ol aria-label="Templates" className="space-y-3">
        {templates.map((template) => (
          <TemplateItem key={template.id} template={template} />
        ))}
      </ol>
    </>
  );
}
