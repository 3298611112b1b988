import { LocalTime } from "@/components/local-time";
import type { DeliveryStatus } from "@/lib/notifications/outbox/delivery-counts";
import { labelOfChannel } from "@/lib/notifications/channels/channel-labels";
import type { DeliveryItem } from "@/lib/notifications/outbox/list-deliveries";
import Link from "next/link";

export const deliveryStatusTitle: Record<DeliveryStatus, string> = {
  sent: "Sent",
  pending: "Pending",
  failed: "Failed",
  held: "Not sent — SMTP_URL is not set",
  cancelled: "Cancelled (unsubscribed before it went out)",
};

// Words and a border style per status, never colour alone.
const statusClass: Record<DeliveryStatus, string> = {
  sent: "border-green-700 text-green-900 dark:border-green-400 dark:text-green-200",
  pending: "border-dashed border-slate-500",
  failed: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
  held: "border-2 border-amber-600 text-amber-950 dark:border-amber-400 dark:text-amber-100",
  cancelled: "border-slate-400 text-slate-700 dark:text-slate-300",
};

const termClass = "whitespace-nowrap text-slate-600 dark:text-slate-400";

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${statusClass[status]}`}>{deliveryStatusTitle[status]}</span>;
}

export function DeliveryRow({ delivery, notificationId, timeZone }: { delivery: DeliveryItem; notificationId: string; timeZone: string }) {
  const at = (date: Date) => <LocalTime date={date} timeZone={timeZone} />;
  // Everything but email has an endpoint; a team channel is named and has a page of its own.
  const webhook = delivery.channel !== "email";
  const title = delivery.teamChannel
    ? `${labelOfChannel(delivery.channel)}: ${delivery.teamChannel.name}`
    : webhook
      ? `${labelOfChannel(delivery.channel)} ${delivery.endpoint}`
      : delivery.email;
  return (
    <li aria-labelledby={`delivery-${delivery.id}`} className="space-y-2 px-4 py-3">
      <h3 className="flex flex-wrap items-baseline gap-2">
        <span id={`delivery-${delivery.id}`} className="font-semibold break-all">
          {delivery.teamChannel ? (
            <Link href={`/admin/channels/${delivery.teamChannel.id}`} className="underline underline-offset-2">
              {title}
            </Link>
          ) : (
            title
          )}
        </span>
        <DeliveryStatusBadge status={delivery.status} />
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {webhook ? (
          <>
            <dt className={termClass}>{delivery.teamChannel ? "Set up by" : "Owner"}</dt>
            <dd className="break-all">{delivery.email || "—"}</dd>
          </>
        ) : null}
        {delivery.answer && delivery.status === "sent" ? (
          <>
            <dt className={termClass}>Answer</dt>
            <dd className="break-words">{delivery.answer}</dd>
          </>
        ) : null}
        {delivery.attempts > 0 ? (
          <>
            <dt className={termClass}>Failed tries</dt>
            <dd>{delivery.attempts}</dd>
          </>
        ) : null}
        {delivery.sentAt ? (
          <>
            <dt className={termClass}>Sent</dt>
            <dd>{at(delivery.sentAt)}</dd>
          </>
        ) : null}
        {delivery.status === "pending" ? (
          <>
            <dt className={termClass}>Next try</dt>
            <dd>{delivery.nextAttemptAt <= new Date() ? "as soon as a sender is free" : at(delivery.nextAttemptAt)}</dd>
          </>
        ) : null}
        {delivery.lastError && delivery.status !== "held" ? (
          <>
            <dt className={termClass}>Last error</dt>
            <dd className="break-words">{delivery.lastError}</dd>
          </>
        ) : null}
      </dl>
      {webhook ? null : (
        <Link href={`/admin/outbox/${notificationId}/${delivery.id}`} className="text-sm underline underline-offset-2">
          Read this email<span className="sr-only"> to {delivery.email}</span>
        </Link>
      )}
    </li>
  );
}
