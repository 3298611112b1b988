import "server-only";
import type { Channel } from "../outbox/channel";
import { openDiscordChannel } from "./discord/discord-channel";
import { openEmailChannel } from "./email/email-channel";
import { openSlackChannel } from "./slack/slack-channel";
import { openTeamsChannel } from "./teams/teams-channel";
import { openWebhookChannel } from "./webhook/webhook-channel";

// Every way the outbox reaches people, by name. A new channel is a folder beside email/ that
// opens a Channel (outbox/channel.ts), and an entry here; the outbox itself names none.
// http/ and chat/ are not channels: what the webhook and chat channels share.

const channels = {
  email: openEmailChannel,
  webhook: openWebhookChannel,
  slack: openSlackChannel,
  discord: openDiscordChannel,
  teams: openTeamsChannel,
};

export type ChannelName = keyof typeof channels;

/** Each channel's own settings (email: the SMTP URL and pool size), for tests and benchmarks. */
export type ChannelSettings = { [Name in ChannelName]?: Parameters<(typeof channels)[Name]>[0] };

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}

/** Opens a channel for one worker (its connections, its secrets); close it when the worker stops. */
export function openChannel(name: ChannelName, settings: ChannelSettings = {}): Promise<Channel> {
  return channels[name](settings[name] as never);
}
