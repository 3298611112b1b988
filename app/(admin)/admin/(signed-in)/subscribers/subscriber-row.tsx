import { LocalTime } from "@/components/local-time";
import type { SubscriberListItem, SubscriberState } from "@/lib/subscribers/list-subscribers";
import { DeleteSubscriberForm } from "./delete-subscriber-form";
import { EnableWebhookForm } from "./enable-webhook-form";

export const subscriberStateLabel: Record<SubscriberState, string> = {
  pending: "Pending confirmation",
  confirmed: "Confirmed",
  unsubscribed: "Unsubscribed",
  failed: "Failed",
};

// The state in words with a border style of its own, never colour alone.
const stateClass: Record<SubscriberState, string> = {
  pending: "border-dashed border-slate-500",
  confirmed: "border-green-700 text-green-900 dark:border-green-400 dark:text-green-200",
  unsubscribed: "border-slate-400 text-slate-700 dark:text-slate-300",
  failed: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
};

// The channel in words too: an email address and a webhook URL must not read alike.
const channelClass = "rounded border border-slate-400 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:border-slate-500 dark:text-slate-300";

const termClass = "whitespace-nowrap text-slate-600 dark:text-slate-400";

type Props = { subscriber: SubscriberListItem; timeZone: string; search: { q: string; state: string; page: number } };

export function SubscriberRow({ subscriber, timeZone, search }: Props) {
  const at = (date: Date) => <LocalTime date={date} timeZone={timeZone} />;
  const webhook = subscriber.channel === "webhook";
  const name = webhook ? (subscriber.endpoint ?? "") : subscriber.email;
  return (
    <li aria-labelledby={`subscriber-${subscriber.id}`} className="grid gap-3 px-4 py-4 sm:grid-cols-[1fr_14rem]">
      <div className="min-w-0 space-y-2">
        <h3 className="flex flex-wrap items-baseline gap-2">
          <span className={channelClass}>{webhook ? "Webhook" : "Email"}</span>
          <span id={`subscriber-${subscriber.id}`} className={`font-semibold break-all ${webhook ? "font-mono text-sm" : ""}`}>
            {name}
          </span>
          <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${stateClass[subscriber.state]}`}>{subscriberStateLabel[subscriber.state]}</span>
        </h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {webhook ? (
            <>
              <dt className={termClass}>Failure notices to</dt>
              <dd className="break-all">{subscriber.email}</dd>
            </>
          ) : null}
          <dt className={termClass}>Hears about</dt>
          <dd>{subscriber.components === null ? "All components" : subscriber.components.join(", ") || "No components"}</dd>
          <dt className={termClass}>Subscribed</dt>
          <dd>{at(subscriber.createdAt)}</dd>
          {subscriber.confirmedAt ? (
            <>
              <dt className={termClass}>Confirmed</dt>
              <dd>{at(subscriber.confirmedAt)}</dd>
            </>
          ) : null}
          {subscriber.unsubscribedAt ? (
            <>
              <dt className={termClass}>Unsubscribed</dt>
              <dd>{at(subscriber.unsubscribedAt)}</dd>
            </>
          ) : null}
          {subscriber.lastError ? (
            <>
              <dt className={termClass}>Last error</dt>
              <dd className="break-words">{subscriber.lastError}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <div className="space-y-3">
        {webhook && subscriber.state === "failed" ? <EnableWebhookForm id={subscriber.id} endpoint={name} /> : null}
        <DeleteSubscriberForm subscriber={{ id: subscriber.id, name, channel: subscriber.channel }} search={search} />
      </div>
    </li>
  );
}
