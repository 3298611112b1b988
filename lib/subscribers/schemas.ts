import { z } from "zod";

// What visitors send to the subscription use-cases. Messages are shown next to the field.

const componentIds = z
  .array(z.string().trim().min(1).max(64), { error: "must be a list of components" })
  .max(500, "names too many components")
  .default([]);

/** Everything on the page, or only the chosen components (at least one). */
const choice = z
  .object({
    scope: z.enum(["all", "components"], { error: 'must be "everything on this page" or "only the components I choose"' }),
    componentIds,
  })
  .superRefine((value, context) => {
    if (value.scope === "components" && value.componentIds.length === 0) {
      context.addIssue({ code: "custom", path: ["componentIds"], message: "Choose at least one component, or everything on this page." });
    }
  });

const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "This address is too long.")
  .pipe(z.email("Enter an email address such as name@example.com."));

export const subscribeInput = z.intersection(
  z.object({
    pageId: z.string().min(1),
    email: emailAddress,
    // The client's address as the app layer determined it, for the throttle.
    ip: z.string().trim().min(1).max(64),
    now: z.date().optional(),
  }),
  choice,
);

export type SubscribeInput = z.input<typeof subscribeInput>;

// Tokens are short (an id, a number or two and a MAC); anything far longer is not one.
export const subscriberToken = z.string().trim().min(1, "The link has no token.").max(300, "The link is not valid.");

export const updateSubscriptionInput = z.intersection(z.object({ token: subscriberToken }), choice);

export type UpdateSubscriptionInput = z.input<typeof updateSubscriptionInput>;

// A webhook's URL: https only (a plain http:// request could be read and altered on the way),
// no user:password part (it would be sent to the receiver and shown in the dashboard).
export const webhookEndpoint = z
  .string()
  .trim()
  .max(2000, "must be at most 2,000 characters")
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "must be a URL such as https://example.com/hooks/status" });
      return;
    }
    if (url.protocol !== "https:") context.addIssue({ code: "custom", message: `must be an https:// URL (got ${url.protocol}//)` });
    else if (url.username || url.password) context.addIssue({ code: "custom", message: "must not contain a user name or password" });
  });

/** What an integrator sends to add a subscriber (POST /api/v1/subscribers): an email address, or a webhook with its owner's. */
export const createSubscriberInput = z.object({
  email: emailAddress.describe("The subscriber's address; for a webhook, whom to tell when it keeps failing."),
  endpoint: webhookEndpoint.optional().describe("A webhook's https:// URL; leave out for an email subscriber."),
  componentIds: componentIds.describe("Only these components (their ids); empty or left out: everything on the page."),
  skipConfirmation: z.boolean({ error: "must be true or false" }).default(false).describe("Email only: confirmed at once, no confirmation email."),
});

export type CreateSubscriberInput = z.input<typeof createSubscriberInput>;

/** A visitor subscribing a webhook on /subscribe: its URL, the owner's address for failure notices, and the choice. */
export const subscribeWebhookInput = z.intersection(
  z.object({
    pageId: z.string().min(1),
    email: emailAddress,
    endpoint: webhookEndpoint,
    ip: z.string().trim().min(1).max(64),
    now: z.date().optional(),
  }),
  choice,
);

export type SubscribeWebhookInput = z.input<typeof subscribeWebhookInput>;
