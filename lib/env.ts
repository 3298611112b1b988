import { z } from "zod";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy";
import { ConfigError } from "./errors";
import { type DatabaseTarget, DatabaseUrlError, databaseUrlFromEnv, parseDatabaseUrl } from "./database/url";

// Every variable Beacon reads, parsed once. Keep .env.example in step with this schema.

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .transform((value) => value.replace(/\/+$/, ""));

export const envSchema = z.object({
  DATABASE_URL: optionalText,
  PORT: optionalText.pipe(
    z.coerce
      .number<string | undefined>({ error: "must be a port number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 65535")
      .max(65535, "must be between 1 and 65535")
      .default(3000),
  ),
  HOST: optionalText.pipe(z.string().default("127.0.0.1")),
  BEACON_URL: optionalText.pipe(httpUrl.optional()),
  BEACON_DATA_DIR: optionalText.pipe(z.string().default("data")),
  // How many proxies stand in front of Beacon, or their addresses; see lib/trust-proxy.ts and server/client-ip.ts.
  BEACON_TRUST_PROXY: optionalText.pipe(
    z
      .string()
      .default("false")
      .transform((value, ctx): TrustProxy => {
        const parsed = parseTrustProxy(value.toLowerCase());
        if ("error" in parsed) {
          ctx.addIssue({ code: "custom", message: parsed.error });
          return z.NEVER;
        }
        return parsed;
      }),
  ),
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
    const got = source[name];
    const shown = name.includes("PASSWORD") || name.includes("SECRET") || name === "SMTP_URL" || got === undefined ? "" : ` (got "${got}")`;
    throw new ConfigError(`${name} ${issue?.message ?? "is invalid"}${shown}`);
  }
  const env = result.data;
  if (Boolean(env.BEACON_ADMIN_EMAIL) !== Boolean(env.BEACON_ADMIN_PASSWORD)) {
    throw new ConfigError("BEACON_ADMIN_EMAIL and BEACON_ADMIN_PASSWORD must be set together");
  }
  const parsed: Env = { ...env, BEACON_URL: env.BEACON_URL ?? `http://${env.HOST}:${env.PORT}` };
  if (source === process.env) cached = parsed;
  return parsed;
}

/** The database DATABASE_URL selects (the embedded SQLite file when unset). */
export function databaseTarget(source: EnvSource = process.env): DatabaseTarget {
  try {
    return parseDatabaseUrl(databaseUrlFromEnv(source));
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new ConfigError(error.message);
    throw error;
  }
}
