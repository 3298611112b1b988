import type { DeliveryCounts } from "@/lib/notifications/outbox/delivery-counts";
import { describeDeliveryCounts } from "@/lib/notifications/outbox/describe-delivery-counts";
import Link from "next/link";

// "Emails: 120 sent · 3 pending · 1 failed", linking to the notification's outbox entry for
// those who may open it (owners and admins).
export function DeliverySummary(props: { counts: DeliveryCounts; queued: boolean; href?: string; label?: string }) {
  const text = describeDeliveryCounts(props.counts, { queued: props.queued });
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {props.label ?? "Emails"}:{" "}
      {props.href ? (
        <Link href={props.href} className="underline underline-offset-2">
          {text}
        </Link>
      ) : (
        text
      )}
    </p>
  );
}
