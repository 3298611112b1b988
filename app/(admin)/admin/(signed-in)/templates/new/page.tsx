import { requireUser } from "@/web/session/request-session";
import type { Metadata } from "next";
import Link from "next/link";
import { createTemplateAction } from "../actions";
import { TemplateForm } from "../template-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Add a template" };

const blank = { label: "", name: "", status: "investigating", impact: "minor", componentStatus: "partial_outage", body: "" };

export default async function NewTemplatePage() {
  await requireUser();
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/templates" className="underline underline-offset-2">
          All templates
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Add a template</h1>
        <p className="text-slate-600 dark:text-slate-400">For an incident your site sees now and then: write its first message once, in your own words.</p>
      </div>
      <TemplateForm action={createTemplateAction} template={blank} version="new" submit={{ label: "Add template", pending: "Adding…" }} />
    </>
  );
}
