import { linkClass, panelClass } from "@/components/subscription/styles";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listComponentChoices } from "@/lib/subscribers/component-choices";
import { getSubscription, type SubscriberState } from "@/lib/subscribers/get-subscription";
import type { Metadata } from "next";
import { ChoicesForm } from "./choices-form";
import { StateForm } from "./state-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Manage your subscription",
  // A page per token: never indexed, and the token never leaves in a Referer header.
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

const stateText: Record<SubscriberState, string> = {
  confirmed: "Subscribed: you get an email when there is news.",
  pending: "Not confirmed yet: nothing is sent until you confirm (use the button below, or the link in the confirmation email).",
  unsubscribed: "Unsubscribed: you get no emails.",
  failed: "Paused: emails to this address could not be delivered. Resubscribe to try again.",
};

// A webhook is told apart in words: it gets requests, not emails.
const webhookStateText: Record<SubscriberState, string> = {
  confirmed: "Subscribed: each update is sent to the endpoint.",
  pending: "Not confirmed yet: nothing is sent until you confirm with the button below.",
  unsubscribed: "Unsubscribed: nothing is sent to the endpoint.",
  failed: "Paused: the endpoint kept failing or asked to stop (410 Gone). Resubscribe to try again.",
};

const webhookStateHeading: Record<SubscriberState, string> = {
  confirmed: "Stop the webhook",
  pending: "Confirm or cancel",
  unsubscribed: "Start the webhook again",
  failed: "Start the webhook again",
};

const stateHeading: Record<SubscriberState, string> = {
  confirmed: "Stop the emails",
  pending: "Confirm or cancel",
  unsubscribed: "Start the emails again",
  failed: "Start the emails again",
};

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ManagePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const text = typeof token === "string" ? token : "";
  const [page, subscription] = await Promise.all([getPublicPage(), getSubscription(text)]);
  if (!subscription || subscription.pageId !== page.id) {
    return (
      <section aria-labelledby="manage-heading" className={`${panelClass} space-y-2`}>
        <h1 id="manage-heading" className="text-2xl font-semibold">
          This link is not valid
        </h1>
        <p>It may have been cut short, or the subscription was removed. Copy the whole link from one of our emails, or subscribe again.</p>
        <p>
          <a className={linkClass} href="/subscribe">
            Subscribe to updates
          </a>
        </p>
      </section>
    );
  }
  const sections = await listComponentChoices(page.id);
  const webhook = subscription.channel === "webhook";
  const saved = { scope: subscription.allComponents ? ("all" as const) : ("components" as const), componentIds: subscription.componentIds };
  return (
    <section aria-labelledby="manage-heading" className="space-y-6">
      <h1 id="manage-heading" className="text-2xl font-semibold">
        Your subscription to {page.name}
      </h1>
      <dl className={`${panelClass} grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]`}>
        {webhook ? (
          <>
            <dt className="text-sm font-medium text-slate-600 sm:text-base dark:text-slate-400">Webhook endpoint</dt>
            <dd className="break-all font-mono text-sm">{subscription.endpoint}</dd>
          </>
        ) : null}
        <dt className="text-sm font-medium text-slate-600 sm:text-base dark:text-slate-400">{webhook ? "Failure notices to" : "Email address"}</dt>
        <dd className="break-all">{subscription.email}</dd>
        <dt className="text-sm font-medium text-slate-600 sm:text-base dark:text-slate-400">Status</dt>
        <dd>{(webhook ? webhookStateText : stateText)[subscription.state]}</dd>
      </dl>
      <section aria-labelledby="choices-heading" className="space-y-3">
        <h2 id="choices-heading" className="text-lg font-semibold">
          What you hear about
        </h2>
        <ChoicesForm token={text} sections={sections} saved={saved} />
      </section>
      <section aria-labelledby="state-heading" className="space-y-3">
        <h2 id="state-heading" className="text-lg font-semibold">
          {(webhook ? webhookStateHeading : stateHeading)[subscription.state]}
        </h2>
        <StateForm token={text} state={subscription.state} channel={subscription.channel} />
      </section>
    </section>
  );
}
