import { z } from "zod";
import { isValidTimeZone } from "../time/time-zone";

// Page settings as an owner or admin may change them. Blank optional values clear the setting.

const optional = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value))
    .pipe(schema.nullable())
    .optional();

export const updatePageSettingsInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  siteUrl: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })),
  timeZone: z
    .string()
    .trim()
    .refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin or America/New_York")
    .optional(),
  supportContact: optional(z.string().max(200, "must be at most 200 characters")),
  guidanceText: optional(z.string().max(5000, "must be at most 5000 characters")),
  logoUrl: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })),
  accentColor: optional(z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #0a7c4a")),
});

export type UpdatePageSettingsInput = z.input<typeof updatePageSettingsInput>;
