import { parseSupportContact } from "../../../status-page/support-contact";
import { FAILURES_TO_DISABLE } from "../../outbox/disable-failing-endpoint";
import { labelOfChannel } from "../channel-labels";
import type { EmailDocument } from "./email-document";
import { zonedTime } from "./email-wording";
import type { NotificationData } from "./notification-data";

// To the owner of an endpoint that kept failing, after Beacon stopped sending to it: a webhook
// subscriber's owner, or the dashboard user who set up a team channel. Says which endpoint,
// since when, the last answer, and how to turn it back on.

type WebhookDisabledData = Extract<NotificationData, { kind: "webhook_disabled" }>;

function wording({ page, baseUrl, endpoint, teamChannel }: WebhookDisabledData) {
  if (teamChannel) {
    const where = `${teamChannel.name} (${labelOfChannel(teamChannel.channel)})`;
    return {
      subject: `The ${page.name} team channel ${where} was disabled: it kept failing`,
      eyebrow: "Team channel disabled",
      what: `your team channel ${where}`,
      howBack: `Check the channel's webhook URL (it may have been removed or archived in ${labelOfChannel(teamChannel.channel)}), then enable it again, or give it a new URL, on the dashboard: ${baseUrl}/admin/channels/${teamChannel.id}. "Send a test message" there shows the answer at once.`,
    };
  }
  return {
    subject: `Your ${page.name} status webhook was disabled: it kept failing`,
    eyebrow: "Webhook disabled",
    what: "your webhook endpoint",
    howBack: `Once the endpoint answers with a 2xx again, subscribe it again through the REST API: POST ${baseUrl}/api/v1/subscribers with {"subscriber": {"endpoint": "${endpoint}", "email": "<this address>"}} and an API token. That enables it with a new signing secret, returned in the answer.`,
  };
}

export function webhookDisabledDocument(data: WebhookDisabledData): EmailDocument {
  const { page, endpoint, failingSince, disabledAt, lastAnswer } = data;
  const { subject, eyebrow, what, howBack } = wording(data);
  return {
    subject,
    preheader: `${endpoint} failed ${FAILURES_TO_DISABLE} notifications in a row; nothing more is sent to it until it is enabled again.`,
    eyebrow,
    title: subject,
    blocks: [
      {
        type: "paragraph",
        text: `The last ${FAILURES_TO_DISABLE} notifications sent to ${what} all failed, each after its retries, so Beacon stopped sending to it.`,
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
      { type: "paragraph", text: howBack },
      { type: "note", text: "Notifications sent while it was disabled are not sent again. If you no longer use this endpoint, you can ignore this email." },
    ],
    footer: { showReason: false, links: [], siteUrl: page.siteUrl, support: parseSupportContact(page.supportContact) },
    branding: { pageName: page.name, logoUrl: page.logoUrl, accentColor: page.accentColor },
  };
}
