import { requireUser } from "@/web/session/request-session";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getTemplate } from "@/lib/templates/get-template";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { updateTemplateAction } from "../actions";
import { TemplateForm } from "../template-form";
import { DeleteTemplateForm } from "./delete-template-form";
import { ResetTemplateForm } from "./reset-template-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit template" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ reset?: string }> };

const linkClass = "underline underline-offset-2";

export default async function EditTemplatePage({ params, searchParams }: Props) {
  await requireUser();
  const [{ id }, { reset }] = await Promise.all([params, searchParams]);
  const template = await getTemplate(DEFAULT_PAGE_ID, id);
  if (!template) notFound();
  const fields = {
    id: template.id,
    label: template.label,
    name: template.name,
    status: template.status,
    impact: template.impact,
    componentStatus: template.componentStatus,
    body: template.body,
  };
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/templates" className={linkClass}>
          All templates
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold break-words">Edit “{template.label}”</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {template.builtIn ? "One of Beacon's templates." : "A template of your own."} Changes apply to incidents started from it from now on.
        </p>
      </div>
      <p role="status" className="text-sm font-medium text-green-800 empty:hidden dark:text-green-400">
        {reset && !template.edited ? "Back to Beacon's words." : null}
      </p>
      <TemplateForm action={updateTemplateAction} template={fields} version={template.updatedAt.toISOString()} submit={{ label: "Save template", pending: "Saving…" }} />
      <p>
        <Link href={`/admin/incidents/new?template=${template.id}`} className={linkClass}>
          Start a new incident from this template
        </Link>
      </p>
      {template.builtIn ? (
        <section aria-labelledby="reset-heading" className="space-y-2 border-t border-slate-200 pt-6 dark:border-slate-800">
          <h2 id="reset-heading" className="text-lg font-semibold">
            Beacon&apos;s words
          </h2>
          {template.edited ? (
            <>
              <p className="text-sm text-slate-600 dark:text-slate-400">Resetting undoes every change to this template: label, title, statuses and message.</p>
              <ResetTemplateForm id={template.id} />
            </>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">This template reads as Beacon ships it.</p>
          )}
        </section>
      ) : (
        <section aria-labelledby="delete-heading" className="space-y-2 border-t border-slate-200 pt-6 dark:border-slate-800">
          <h2 id="delete-heading" className="text-lg font-semibold">
            Delete this template
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">Incidents already started from it stay as they are.</p>
          <DeleteTemplateForm template={{ id: template.id, label: template.label }} />
        </section>
      )}
    </>
  );
}
