import { z } from "zod";

// What an owner or admin sends to set up a team channel. Messages are shown next to the field.

/** The chats Beacon posts to, and a generic JSON webhook (Statuspage's payload, signed). */
export const TEAM_CHANNEL_KINDS = ["slack", "discord", "teams", "webhook"] as const;
export type TeamChannelKind = (typeof TEAM_CHANNEL_KINDS)[number];

export const TEAM_EVENTS = ["incidents", "maintenance", "components"] as const;
export type TeamEvent = (typeof TEAM_EVENTS)[number];

const name = z.string().trim().min(1, "Give it a name, such as “#ops on Slack”.").max(100, "must be at most 100 characters");

// Its scheme and host are checked by the use-case (https, or http for a private receiver when allowed).
const url = z.string().trim().min(1, "Paste the channel's webhook URL.").max(2000, "must be at most 2,000 characters");

const events = z
  .array(z.enum(TEAM_EVENTS, { error: "must be incidents, maintenance or component changes" }))
  .min(1, "Choose at least one kind of news to post.")
  .transform((list) => [...new Set(list)]);

const scope = z.enum(["all", "components"], { error: 'must be "everything on this page" or "only the components I choose"' });
const componentIds = z.array(z.string().trim().min(1).max(64)).max(500, "names too many components").default([]);

const fields = { pageId: z.string().trim().min(1).max(100), name, events, scope, componentIds };

function requireComponents(value: { scope: string; componentIds: string[] }, context: z.RefinementCtx) {
  if (value.scope === "components" && value.componentIds.length === 0) {
    context.addIssue({ code: "custom", path: ["componentIds"], message: "Choose at least one component, or everything on this page." });
  }
}

export const createTeamChannelInput = z
  .object({ ...fields, kind: z.enum(TEAM_CHANNEL_KINDS, { error: "must be Slack, Discord, Microsoft Teams or a JSON webhook" }), url })
  .superRefine(requireComponents);

export type CreateTeamChannelInput = z.input<typeof createTeamChannelInput>;

/** The same fields but its kind; an empty URL keeps the one stored. */
export const updateTeamChannelInput = z
  .object({ ...fields, id: z.string().trim().min(1).max(100), url: z.string().trim().max(2000, "must be at most 2,000 characters").default("") })
  .superRefine(requireComponents);

export type UpdateTeamChannelInput = z.input<typeof updateTeamChannelInput>;

export const teamChannelId = z.object({ pageId: z.string().trim().min(1).max(100), id: z.string().trim().min(1, "must not be empty").max(100) });

export type TeamChannelId = z.input<typeof teamChannelId>;

/** The three switches a Subscriber row keeps for its events. */
export function eventSwitches(list: readonly TeamEvent[]) {
  return { notifyIncidents: list.includes("incidents"), notifyMaintenance: list.includes("maintenance"), notifyComponents: list.includes("components") };
}
