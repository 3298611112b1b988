import { parseSupportContact } from "../../../status-page/support-contact";
import { FAILURES_TO_DISABLE } from "../../outbox/disable-failing-endpoint";
import type { EmailDocument } from "./email-document";
import { zonedTime } from "./email-wording";
import type { NotificationData } from "./notification-data";

// To a webhook subscriber's owner: the endpoint kept failing and Beacon stopped sending to it.
// Says which endpoint, since when, the last answer, and how to turn it back on.

type WebhookDisabledData = Extract<NotificationData, { kind: "webhook_disabled" }>;

export function webhookDisabledDocument({ page, baseUrl, endpoint, failingSince, disabledAt, lastAnswer }: WebhookDisabledData): EmailDocument {
  const subject = `Your ${page.name} status webhook was disabled: it kept failing`;
  return {
    subject,
    preheader: `${endpoint} failed ${FAILURES_TO_DISABLE} notifications in a row; nothing more is sent to it until you subscribe it again.`,
    eyebrow: "Webhook disabled",
    title: subject,
    blocks: [
      {
        type: "paragraph",
        text: `The last ${FAILURES_TO_DISABLE} notifications sent to your webhook endpoint all failed, each after its retries, so Beacon stopped sending to it.`,
      },
      {
        type: "facts",
        rows: [
          { label: "Endpoint", value: endpoint },
          { label: "Failing since", value: zonedTime(failingSince, page.timeZone) },
          { label: "Disabled", value: zonedTime(disabledAt, page.timeZone) },
          { label: "Last answer", value: lastAnswer ?? "none recorded" },
        ],
      },
      {
        type: "paragraph",
        text: `Once the endpoint answers with a 2xx again, subscribe it again through the REST API: POST ${baseUrl}/api/v1/subscribers with {"subscriber": {"endpoint": "${endpoint}", "email": "<this address>"}} and an API token. That enables it with a new signing secret, returned in the answer.`,
      },
      { type: "note", text: "Notifications sent while it was disabled are not sent again. If you no longer use this endpoint, you can ignore this email." },
    ],
    footer: { showReason: false, links: [], siteUrl: page.siteUrl, support: parseSupportContact(page.supportContact) },
    branding: { pageName: page.name, logoUrl: page.logoUrl, accentColor: page.accentColor },
  };
}
