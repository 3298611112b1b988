import { getPublicPage } from "@/lib/status-page/get-public-page";
import { checkConfirmation } from "@/lib/subscribers/confirm-subscription";
import type { Metadata } from "next";
import { ConfirmForm } from "./confirm-form";
import { ConfirmOutcome } from "./confirm-outcome";

// Opening the link only checks it; the button on this page confirms (see confirm-form.tsx).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Confirm your subscription",
  // A page per token: never indexed, and the token never leaves in a Referer header.
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const text = typeof token === "string" ? token : "";
  const [page, outcome] = await Promise.all([getPublicPage(), checkConfirmation(text)]);
  return (
    <section aria-labelledby="confirm-heading" className="space-y-4">
      <h1 id="confirm-heading" className="text-2xl font-semibold">
        Confirm your subscription to {page.name}
      </h1>
      {outcome.status === "ready" ? <ConfirmForm token={text} /> : <ConfirmOutcome outcome={outcome} />}
    </section>
  );
}
