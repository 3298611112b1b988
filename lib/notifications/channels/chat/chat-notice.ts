// What a team channel (Slack, Discord, Teams) shows of one notification: plain facts in words,
// the same for every chat, so each chat's module only lays them out in its own format.
// Status is always said in words beside any colour or emoji (never by colour alone).

/** How the news reads at a glance; each chat maps it to a colour and a leading mark. */
export type NoticeTone = "danger" | "warning" | "notice" | "maintenance" | "good" | "info";

export type ChatNotice = {
  /** "Acme Status": the status page's name. */
  pageName: string;
  /** The public status page (https://status.example.com). */
  pageUrl: string;
  /** incident, maintenance, a component's change, or a test sent from the dashboard. */
  about: "incident" | "maintenance" | "component" | "test";
  /** The incident's name, "API: Major outage" for a component change, or the test's title. */
  title: string;
  /** Where a reader learns more: the incident's page, else the status page. */
  url: string;
  /** "Investigating", "Maintenance in progress", "Major outage": the news in one or two words. */
  headline: string;
  tone: NoticeTone;
  /** "Major impact", "Maintenance"; null for a component change or a test. */
  impact: string | null;
  /** The update's text as written, in Markdown (links, bold, lists); may be empty. */
  body: string;
  /** "API — Major outage", one line per affected component; empty when none is named. */
  components: string[];
  /** A maintenance window, [from, until]; null otherwise. */
  window: [Date, Date] | null;
  /** When the update was posted (or the change made): each chat shows it in the reader's own zone. */
  at: Date;
  /** The page's own time zone (IANA name), for a fallback text that cannot localise. */
  timeZone: string;
};
