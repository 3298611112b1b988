import { can } from "@/lib/auth/actor";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listComponentChoices } from "@/lib/subscribers/component-choices";
import { getTeamChannel } from "@/lib/team-channels/list-team-channels";
import type { TeamChannelKind } from "@/lib/team-channels/schemas";
import { requireUser } from "@/web/session/request-session";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChannelFacts, DeliveryLine, StateBadge } from "../channel-facts";
import { TeamChannelForm } from "../team-channel-form";
import { DeleteChannelForm, PauseOrEnableForm, TestMessageForm } from "./channel-actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Team channel" };

export default async function TeamChannelPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "channels:manage")) notFound();
  const { id } = await params;
  const [page, channel, sections] = await Promise.all([getPublicPage(), getTeamChannel(user, DEFAULT_PAGE_ID, id), listComponentChoices(DEFAULT_PAGE_ID)]);
  if (!channel) notFound();
  const values = { name: channel.name, events: channel.events, scope: channel.components ? ("components" as const) : ("all" as const), componentIds: channel.components?.map((component) => component.id) ?? [] };
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/channels" className="underline underline-offset-2">
          ← Team channels
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">
        {channel.name} <StateBadge channel={channel} />
      </h1>
      <ChannelFacts channel={channel} timeZone={page.timeZone} />
      {channel.state === "failed" ? (
        <p className="rounded-lg border border-red-700 px-4 py-3 text-sm dark:border-red-400">
          Beacon stopped posting here after three notifications in a row failed. Fix the URL (or the chat&apos;s side), send a test message, then
          enable it again; news from while it was disabled is not sent later.
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-4">
        <TestMessageForm id={channel.id} />
        <PauseOrEnableForm id={channel.id} active={channel.state === "confirmed"} />
      </div>
      <section aria-labelledby="deliveries-heading" className="space-y-3">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          Last deliveries
        </h2>
        {channel.deliveries.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">Nothing posted yet. Test messages are not listed here.</p>
        ) : (
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-700 dark:border-slate-700">
            {channel.deliveries.map((delivery) => (
              <li key={delivery.id} className="px-4 py-2">
                <DeliveryLine delivery={delivery} timeZone={page.timeZone} />
                {delivery.attempts > 0 ? <span className="text-slate-600 dark:text-slate-400"> ({delivery.attempts} failed attempts)</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Change it
        </h2>
        <TeamChannelForm sections={sections} existing={{ id: channel.id, kind: channel.kind as TeamChannelKind, endpoint: channel.endpoint, values }} />
      </section>
      <DeleteChannelForm id={channel.id} name={channel.name} />
    </>
  );
}
