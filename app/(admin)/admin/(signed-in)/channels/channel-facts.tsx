import { LocalTime } from "@/components/local-time";
import { labelOfChannel } from "@/lib/notifications/channels/channel-labels";
import type { TeamChannelDelivery, TeamChannelSummary } from "@/lib/team-channels/list-team-channels";
import Link from "next/link";
import { EVENT_CHOICES } from "./channel-kinds";

// A team channel's state and what it receives, in words (never a colour alone), for its row
// on the list and the top of its own page.

const termClass = "whitespace-nowrap text-slate-600 dark:text-slate-400";
const badgeClass = "ml-1 rounded-full border px-2 py-0.5 text-xs font-medium";

export function StateBadge({ channel }: { channel: TeamChannelSummary }) {
  if (channel.state === "confirmed") return <span className={`${badgeClass} border-green-700 text-green-800 dark:border-green-400 dark:text-green-300`}>active</span>;
  if (channel.state === "failed") return <span className={`${badgeClass} border-red-700 text-red-800 dark:border-red-400 dark:text-red-300`}>disabled: kept failing</span>;
  return <span className={`${badgeClass} border-slate-400`}>paused</span>;
}

const statusWords: Record<string, string> = { sent: "Delivered", pending: "Waiting to be sent", failed: "Failed", held: "Held", cancelled: "Not sent" };

export function DeliveryLine({ delivery, timeZone }: { delivery: TeamChannelDelivery; timeZone: string }) {
  return (
    <>
      <span className="font-medium">{statusWords[delivery.status] ?? delivery.status}</span> <LocalTime date={delivery.at} timeZone={timeZone} />
      {" — "}
      <Link href={`/admin/outbox/${delivery.notificationId}`} className="underline underline-offset-2">
        {delivery.about}
      </Link>
      {delivery.answer ? <span className="block break-words text-slate-600 dark:text-slate-400">Answer: {delivery.answer}</span> : null}
    </>
  );
}

export function ChannelFacts({ channel, timeZone }: { channel: TeamChannelSummary; timeZone: string }) {
  const events = EVENT_CHOICES.filter((choice) => channel.events.includes(choice.event)).map((choice) => choice.label.split(":")[0]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className={termClass}>Posts to</dt>
      <dd className="break-all">
        {labelOfChannel(channel.kind)}: <code>{channel.endpoint}</code>
      </dd>
      <dt className={termClass}>Posts</dt>
      <dd>{events.join(", ")}</dd>
      <dt className={termClass}>About</dt>
      <dd>{channel.components ? channel.components.map((component) => component.name).join(", ") || "no component (all were removed)" : "Everything on this page"}</dd>
      {channel.disabledAt ? (
        <>
          <dt className={termClass}>Disabled</dt>
          <dd>
            <LocalTime date={channel.disabledAt} timeZone={timeZone} />
            {channel.lastError ? <span className="block break-words">Last answer: {channel.lastError}</span> : null}
          </dd>
        </>
      ) : null}
      <dt className={termClass}>Last test</dt>
      <dd className="break-words">
        {channel.testedAt ? (
          <>
            <LocalTime date={channel.testedAt} timeZone={timeZone} /> — {channel.testAnswer}
          </>
        ) : (
          "Never"
        )}
      </dd>
    </dl>
  );
}
