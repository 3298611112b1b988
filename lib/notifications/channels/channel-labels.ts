// Each channel's name in words, and an endpoint as shown, for the dashboard, the outbox and
// the owner's emails.

export const channelLabel: Record<string, string> = {
  email: "Email",
  webhook: "Webhook",
  slack: "Slack",
  discord: "Discord",
  teams: "Microsoft Teams",
};

/** "Slack"; an unknown name (a channel removed since) as it is stored. */
export function labelOfChannel(channel: string): string {
  return channelLabel[channel] ?? channel;
}

/**
 * An endpoint as the dashboard shows it. A chat's URL is stored only in part, with a digest
 * that tells URLs apart (lib/team-channels/channel-url.ts); the digest is not shown.
 */
export function shownEndpoint(endpoint: string): string {
  return endpoint.replace(/#[0-9a-f]{8}$/, "");
}
