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

export const subscribeInput = z.intersection(
  z.object({
    pageId: z.string().min(1),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter your email address.")
      .max(254, "This address is too long.")
      .pipe(z.email("Enter an email address such as name@example.com.")),
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
