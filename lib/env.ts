import { z } from "zod";
import { ConfigError } from "./errors";
import { configError, defaultBeaconUrl, type Parsed, SERVING_PARSERS } from "./serving-env";

// Every variable Beacon reads, parsed once. Keep .env.example in step with this schema. The
// ones the front door needs are parsed by serving-env.ts, here as there.

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** A variable serving-env.ts parses: its rules, its error as this schema's issue. */
function served<T>(parse: (raw: string | undefined) => Parsed<T>) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const parsed = parse(raw);
      if ("error" in parsed) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed.value;
    });
}

export const envSchema = z.object({
  DATABASE_URL: optionalText,
  PORT: served(SERVING_PARSERS.PORT),
  HOST: served(SERVING_PARSERS.HOST),
  BEACON_URL: served(SERVING_PARSERS.BEACON_URL),
  BEACON_DATA_DIR: served(SERVING_PARSERS.BEACON_DATA_DIR),
  // How many proxies stand in front of Beacon, or their addresses; see lib/trust-proxy.ts and server/client-ip.ts.
  BEACON_TRUST_PROXY: served(SERVING_PARSERS.BEACON_TRUST_PROXY),
  BEACON_ADMIN_EMAIL: optionalText.pipe(z.email("must be an email address").optional()),
  BEACON_ADMIN_PASSWORD: optionalText.pipe(
    z.string().min(12, "must be at least 12 characters").optional(),
  ),
  // smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. Unset: emails
  // are kept in the dashboard's outbox and not sent.
  SMTP_URL: optionalText.pipe(
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  MAIL_FROM: optionalText.pipe(
    z
      .string()
      .regex(/^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address, or "Name <address>"')
      .optional(),
  ),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  BEACON_MAIL_RETRY_SECONDS: optionalText.pipe(
    z.coerce.number<string | undefined>({ error: "must be a number of seconds" }).positive("must be more than 0").default(30),
  ),
  BEACON_MAIL_LEASE_SECONDS: optionalText.pipe(
    z.coerce.number<string | undefined>({ error: "must be a number of seconds" }).min(1, "must be at least 1").default(120),
  ),
  // Lets webhooks go to loopback, private and link-local addresses (and plain http://), for
  // receivers inside one's own network. Off: such endpoints are refused at send time.
  BEACON_ALLOW_PRIVATE_WEBHOOKS: optionalText.pipe(
    z.enum(["true", "false"], { error: "must be true or false" }).default("false").transform((value) => value === "true"),
  ),
  // The shortest interval a monitor may be checked at (seconds). 10 by default; tests lower it.
  BEACON_MIN_CHECK_INTERVAL_SECONDS: optionalText.pipe(
    z.coerce.number<string | undefined>({ error: "must be a number of seconds" }).int("must be a whole number").min(1, "must be at least 1").max(3600, "must be at most 3600").default(10),
  ),
  // A folder Beacon keeps a static copy of the public site in (and the proxy's error pages),
  // for any web server to serve when Beacon or its host is down (server/mirror).
  BEACON_MIRROR_DIR: optionalText.pipe(z.string().optional()),
  LOG_LEVEL: z.enum(["error", "warn", "info", "debug"], { error: "must be error, warn, info or debug" }).default("info"),
});

export type EnvSource = Record<string, string | undefined>;

export type Env = z.infer<typeof envSchema> & { BEACON_URL: string };

let cached: Env | undefined;

/** Parses process.env once; a bad value throws a ConfigError naming the variable. */
export function getEnv(source: EnvSource = process.env): Env {
  if (source === process.env && cached) return cached;
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw configError(name, issue?.message ?? "is invalid", source[name]);
  }
  const env = result.data;
  if (Boolean(env.BEACON_ADMIN_EMAIL) !== Boolean(env.BEACON_ADMIN_PASSWORD)) {
    throw new ConfigError("BEACON_ADMIN_EMAIL and BEACON_ADMIN_PASSWORD must be set together");
  }
  const parsed: Env = { ...env, BEACON_URL: env.BEACON_URL ?? defaultBeaconUrl(env) };
  if (source === process.env) cached = parsed;
  return parsed;
}
