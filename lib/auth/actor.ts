import { ForbiddenError } from "../errors";

// Who is acting. Every mutation in lib/ takes an Actor and authorises it first, so the
// dashboard, the REST API and the command line all obey the same rules.

export type Role = "owner" | "admin" | "editor";

export type Actor =
  | { kind: "system"; label: string }
  | { kind: "user"; id: string; email: string; role: Role }
  | { kind: "token"; id: string; name: string };

export type Permission =
  | "incidents:write"
  | "components:write"
  | "settings:write"
  | "users:manage"
  | "tokens:manage"
  // Subscriber addresses are personal data: people who run the page only, never tokens.
  | "subscribers:manage"
  // Adding one subscriber (POST /api/v1/subscribers) reveals no one else's address.
  | "subscribers:create"
  // Team channels (Slack, Discord, Teams, JSON webhooks): their URLs are credentials.
  | "channels:manage"
  // Monitors (lib/monitors): what Beacon checks by itself, as components are run by hand.
  | "monitors:write";

const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: ["incidents:write", "components:write", "settings:write", "users:manage", "tokens:manage", "subscribers:manage", "subscribers:create", "channels:manage", "monitors:write"],
  admin: ["incidents:write", "components:write", "settings:write", "users:manage", "tokens:manage", "subscribers:manage", "subscribers:create", "channels:manage", "monitors:write"],
  editor: ["incidents:write", "components:write", "monitors:write"],
};

// API tokens automate incident work and sign people up; they cannot mint tokens or manage people.
const tokenPermissions: readonly Permission[] = ["incidents:write", "components:write", "subscribers:create", "monitors:write"];

/** The command line runs with the machine's own authority (it can read the database anyway). */
export const commandLineActor: Actor = { kind: "system", label: "command line" };

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "token") return tokenPermissions.includes(permission);
  return rolePermissions[actor.role].includes(permission);
}

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError();
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === "system") return actor.label;
  if (actor.kind === "user") return actor.email;
  return `token ${actor.name}`;
}
