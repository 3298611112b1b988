import { can } from "@/lib/auth/actor";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listComponentChoices } from "@/lib/subscribers/component-choices";
import { listTeamChannels, type TeamChannelSummary } from "@/lib/team-channels/list-team-channels";
import { requireUser } from "@/web/session/request-session";
import type { Metadata } from "next";
import Link from "next/link";
import { ChannelFacts, DeliveryLine, StateBadge } from "./channel-facts";
import { TeamChannelForm } from "./team-channel-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Team channels" };

function ChannelRow({ channel, timeZone }: { channel: TeamChannelSummary; timeZone: string }) {
  const last = channel.deliveries[0];
  return (
    <li className="space-y-2 px-4 py-4">
      <h3 className="font-semibold break-words">
        <Link href={`/admin/channels/${channel.id}`} className="underline underline-offset-2">
          {channel.name}
        </Link>{" "}
        <StateBadge channel={channel} />
      </h3>
      <ChannelFacts channel={channel} timeZone={timeZone} />
      <p className="text-sm">{last ? <DeliveryLine delivery={last} timeZone={timeZone} /> : "Nothing posted yet."}</p>
    </li>
  );
}

export default async function TeamChannelsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await requireUser();
  if (!can(user, "channels:manage")) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Team channels</h1>
        <p>Only owners and admins can see and set up team channels: their webhook URLs let anyone post to the channel.</p>
      </>
    );
  }
  const [page, channels, sections, { deleted }] = await Promise.all([
    getPublicPage(),
    listTeamChannels(user, DEFAULT_PAGE_ID),
    listComponentChoices(DEFAULT_PAGE_ID),
    searchParams,
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Team channels</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Beacon posts incidents, maintenance and component changes to your team&apos;s Slack, Discord or Microsoft Teams channel, or to a JSON webhook
        of your own, through the same outbox as emails: each message once, retried when the chat is down. A channel that fails three notifications in
        a row is disabled and whoever set it up is told by email.
      </p>
      {deleted ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          Team channel removed.
        </p>
      ) : null}
      <section aria-labelledby="channels-heading" className="space-y-3">
        <h2 id="channels-heading" className="text-lg font-semibold">
          Channels
        </h2>
        {channels.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No team channels yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
            {channels.map((channel) => (
              <ChannelRow key={channel.id} channel={channel} timeZone={page.timeZone} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-heading" className="space-y-3">
        <h2 id="add-heading" className="text-lg font-semibold">
          Add a team channel
        </h2>
        <TeamChannelForm sections={sections} />
      </section>
    </>
  );
}
