import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listComponentChoices } from "@/lib/subscribers/component-choices";
import type { Metadata } from "next";
import { SubscribeForm } from "./subscribe-form";

// Rendered per request (never part of the snapshot): it is a form, and its answer is per visitor.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Subscribe to updates" };

export default async function SubscribePage() {
  const page = await getPublicPage();
  const sections = await listComponentChoices(page.id);
  return (
    <section aria-labelledby="subscribe-heading" className="space-y-4">
      <h1 id="subscribe-heading" className="text-2xl font-semibold">
        Subscribe to updates
      </h1>
      <p className="text-slate-700 dark:text-slate-300">
        Get an email when {page.name} posts an incident or plans maintenance, and when it is resolved. We first send a
        message to confirm the address is yours; every email has a link to change or stop your subscription.
      </p>
      <SubscribeForm sections={sections} />
    </section>
  );
}
