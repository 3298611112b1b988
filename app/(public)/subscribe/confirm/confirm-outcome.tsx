import { linkClass, panelClass } from "@/components/subscription/styles";
import Link from "next/link";
import type { ConfirmationOutcome } from "@/lib/subscribers/confirm-subscription";

// What a confirmation link led to, each with a way forward.

const subscribeAgain = (
  <a className={linkClass} href="/subscribe">
    Subscribe again
  </a>
);

type Shown = Exclude<ConfirmationOutcome["status"], "ready">;

const text: Record<Shown, { title: string; body: string }> = {
  confirmed: { title: "Your subscription is confirmed", body: "You will get an email when there is news. Every email has a link to change or stop your subscription." },
  expired: { title: "This link has expired", body: "Confirmation links work for 48 hours. Subscribe again and we will send you a new one." },
  superseded: { title: "This is not the newest link", body: "We have sent you a newer confirmation email since this one. Please use the link in the most recent email." },
  inactive: { title: "This subscription was cancelled", body: "It was unsubscribed after this link was sent, so the link no longer confirms it." },
  invalid: { title: "This link is not valid", body: "It may have been cut short or changed, or the subscription was removed. Copy the whole link from the email, or subscribe again." },
};

export function ConfirmOutcome({ outcome }: { outcome: Exclude<ConfirmationOutcome, { status: "ready" }> }) {
  const { title, body } = text[outcome.status];
  return (
    <div role="status" className={`${panelClass} space-y-2`}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <p>{body}</p>
      <p className="flex flex-wrap gap-4">
        {outcome.status === "confirmed" ? (
          <a className={linkClass} href={`/subscribe/manage?token=${encodeURIComponent(outcome.manageToken)}`}>
            Manage your subscription
          </a>
        ) : outcome.status === "superseded" ? null : (
          subscribeAgain
        )}
        <Link className={linkClass} href="/">
          Back to the status page
        </Link>
      </p>
    </div>
  );
}
