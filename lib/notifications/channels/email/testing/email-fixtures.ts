import type { SubscriberLinks } from "../../../../subscribers/subscriber-links";
import type { EmailPage, IncidentUpdateData, NotificationData } from "../notification-data";

// Loaded data for unit tests and previews, without a database.

export const fixturePage: EmailPage = {
  name: "Acme",
  siteUrl: "https://acme.example",
  timeZone: "Europe/Berlin",
  supportContact: "help@acme.example",
  logoUrl: null,
  accentColor: "#0a7c4a",
};

const baseUrl = "https://status.acme.example";

export function fixtureUpdate(overrides: Partial<IncidentUpdateData> = {}): IncidentUpdateData {
  return {
    kind: "incident_update",
    page: fixturePage,
    baseUrl,
    incident: {
      id: "inc1",
      kind: "incident",
      name: "Slow checkout",
      impact: "major",
      scheduledFor: null,
      scheduledUntil: null,
      components: [
        { id: "c1", name: "API" },
        { id: "c2", name: "Checkout" },
        { id: "c3", name: "Database" },
      ],
    },
    update: {
      status: "identified",
      body: "We found the cause: a **full disk** on one database node.\n\n- Orders are safe\n- Payments retry\n\nDetails: [our blog](https://acme.example/blog).",
      displayAt: new Date("2026-11-24T22:58:00Z"),
      changes: [
        { componentId: "c1", oldStatus: "operational", newStatus: "partial_outage" },
        { componentId: "c2", oldStatus: "degraded_performance", newStatus: "major_outage" },
      ],
    },
    followers: new Map([["sub-api", ["API"]]]),
    ...overrides,
  };
}

export function fixtureSubscription(kind: "confirmation" | "already_subscribed", components: string[] | null = null): NotificationData {
  return { kind, page: fixturePage, baseUrl, components };
}

export function fixtureLinks(subscriberId = "sub1"): SubscriberLinks {
  const token = `${subscriberId}.sig&x=1`;
  return {
    manageUrl: `${baseUrl}/subscribe/manage?token=${token}`,
    unsubscribeUrl: `${baseUrl}/subscribe/unsubscribe?token=${token}`,
    confirmUrl: `${baseUrl}/subscribe/confirm?token=${token}.conf`,
  };
}
