import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listComponentChoices } from "@/lib/subscribers/component-choices";
import type { Metadata } from "next";
import { SubscribeForm } from "./subscribe-form";
import { ChannelTabs } from "./channel-tabs";
import { WebhookForm } from "./webhook-form";

// Rendered per request (never part of the snapshot): it is a form, and its answer is per visitor.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Subscribe to updates" };

type Props = { searchParams: Promise<{ via?: string | string[] }> };

export default async function SubscribePage({ searchParams }: Props) {
  const { via } = await searchParams;
  const webhook = via === "webhook";
  const page = await getPublicPage();
  const sections = await listComponentChoices(page.id);
  return (
    <section aria-labelledby="subscribe-heading" className="space-y-4">
      <h1 id="subscribe-heading" className="text-2xl font-semibold">
        Subscribe to updates
      </h1>
      <ChannelTabs current={webhook ? "webhook" : "email"} />
      {webhook ? (
        <p className="text-slate-700 dark:text-slate-300">
          Have {page.name}’s incidents, maintenance and their updates sent to your own service as signed HTTPS requests. It
          starts at once; every request carries a link to unsubscribe.
        </p>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          Get an email when {page.name} posts an incident or plans maintenance, and when it is resolved. We first send a
          message to confirm the address is yours; every email has a link to change or stop your subscription.
        </p>
      )}
      {webhook ? <WebhookForm sections={sections} /> : <SubscribeForm sections={sections} />}
    </section>
  );
}
