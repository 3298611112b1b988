import type { ComponentStatus } from "../components/status";
import type { TemplateImpact, TemplateStatus } from "./template-fields";

// Starting points for the first message of common incidents, in Beacon's own words. They are
// copied into each page's templates on first use (lib/templates), where webmasters edit them;
// `key` ties a copy to its original here, so it can be reset to these words.

export type BuiltInTemplate = {
  key: string;
  label: string;
  name: string;
  status: TemplateStatus;
  impact: TemplateImpact;
  componentStatus: ComponentStatus;
  body: string;
};

export const INCIDENT_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    key: "bad-gateway",
    label: "502 Bad Gateway",
    name: "Errors (502 Bad Gateway) on our site",
    status: "investigating",
    impact: "major",
    componentStatus: "major_outage",
    body:
      "Some or all requests end with a **502 Bad Gateway** error. This means our proxy asked the servers behind it for the page and got an invalid answer or none at all. The problem is on our side, not yours.\n\nWe are investigating and will post an update here soon.",
  },
  {
    key: "upstream-timeout",
    label: "Upstream timeout (504)",
    name: "Requests time out",
    status: "investigating",
    impact: "major",
    componentStatus: "partial_outage",
    body:
      "Some requests take very long and end with a **504 Gateway Timeout**: our servers are not answering in time. Reloading may work after a while.\n\nWe are looking into the cause and will update this page.",
  },
  {
    key: "overload",
    label: "Overload",
    name: "Slow responses under heavy load",
    status: "identified",
    impact: "minor",
    componentStatus: "degraded_performance",
    body:
      "We are receiving more traffic than usual and pages load slowly; some requests may fail with **503 Service Unavailable**. We are adding capacity.\n\nIf something fails, please try again in a few minutes.",
  },
  {
    key: "network",
    label: "Network problem",
    name: "Network problems reaching our site",
    status: "investigating",
    impact: "major",
    componentStatus: "partial_outage",
    body:
      "Some visitors cannot reach our site, or connections drop, because of a network problem between our data centre and parts of the internet. Visitors in other regions may not be affected.\n\nWe are working with our network provider and will update this page.",
  },
  {
    key: "site-down",
    label: "Site down",
    name: "Our site is unreachable",
    status: "investigating",
    impact: "major",
    componentStatus: "major_outage",
    body:
      "Our site is not answering as it should: pages do not load, or end with an error. The problem is on our side; there is nothing you need to change.\n\nWe are investigating and will post an update here soon.",
  },
  {
    key: "certificate-expiring",
    label: "Certificate expiring",
    name: "Our site's security certificate expires soon",
    status: "identified",
    impact: "minor",
    componentStatus: "degraded_performance",
    body:
      "The security (TLS) certificate of our site expires soon. Everything works for now; once it expires, browsers would warn that the connection is not private. We are renewing it.\n\nWe will post here when it is done.",
  },
  {
    key: "job-late",
    label: "Background job late",
    name: "Some updates are delayed",
    status: "investigating",
    impact: "minor",
    componentStatus: "partial_outage",
    body:
      "One of our background jobs (such as sending messages, processing orders or taking backups) has not run on time, so some things you expect may be delayed. Nothing you sent us is lost.\n\nWe are looking into it and will post an update here.",
  },
  {
    key: "maintenance",
    label: "Unplanned maintenance",
    name: "Urgent maintenance",
    status: "identified",
    impact: "minor",
    componentStatus: "under_maintenance",
    body: "We are carrying out urgent maintenance. Some features may be unavailable for a short while.\n\nWe will post here when it is finished.",
  },
];

export function findBuiltInTemplate(key: string | null): BuiltInTemplate | undefined {
  return key === null ? undefined : INCIDENT_TEMPLATES.find((template) => template.key === key);
}
