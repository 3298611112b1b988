import type { TeamChannelKind, TeamEvent } from "@/lib/team-channels/schemas";

// What the form says of each kind of team channel: where its URL comes from.

export const KIND_CHOICES: { kind: TeamChannelKind; label: string; hint: string }[] = [
  {
    kind: "slack",
    label: "Slack",
    hint: "In Slack, add the Incoming Webhooks app to the channel and copy its Webhook URL (https://hooks.slack.com/services/…). Mattermost and Rocket.Chat incoming webhooks take the same messages.",
  },
  { kind: "discord", label: "Discord", hint: "In Discord: Server Settings → Integrations → Webhooks → New Webhook, pick the channel, then Copy Webhook URL." },
  {
    kind: "teams",
    label: "Microsoft Teams",
    hint: "In the Teams channel: ⋯ → Workflows → “Post to a channel when a webhook request is received”, then copy the URL the workflow shows.",
  },
  {
    kind: "webhook",
    label: "JSON webhook",
    hint: "Your own service: Beacon posts Statuspage's webhook payload, signed with a secret shown once (see the README).",
  },
];

export const EVENT_CHOICES: { event: TeamEvent; label: string }[] = [
  { event: "incidents", label: "Incidents: each update, and postmortems" },
  { event: "maintenance", label: "Maintenance: scheduled, started, completed" },
  { event: "components", label: "Component changes: every status change of a component" },
];
