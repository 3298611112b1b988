import { ConfigError } from "./errors";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy";

// The variables the front door (server/server.ts) needs to listen and serve, read without zod:
// that process holds only the snapshot and Node's own http, and zod alone costs it some 20 MB.
// lib/env.ts reads the same variables through these same parsers, so the two never disagree;
// the app process then checks every variable (a bad SMTP_URL stops it with its one line, and
// the front door with it).

export type Parsed<T> = { value: T } | { error: string };

export type ServingEnv = { PORT: number; HOST: string; BEACON_URL: string; BEACON_DATA_DIR: string; BEACON_TRUST_PROXY: TrustProxy };

/** The public address when BEACON_URL is not set. */
export const defaultBeaconUrl = (env: { HOST: string; PORT: number }) => `http://${env.HOST}:${env.PORT}`;

/** Trimmed; an empty value is no value. */
function text(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined): Parsed<number> {
  const value = text(raw);
  if (value === undefined) return { value: 3000 };
  const port = Number(value);
  if (!Number.isFinite(port)) return { error: "must be a port number" };
  if (!Number.isInteger(port)) return { error: "must be a whole number" };
  if (port < 1 || port > 65535) return { error: "must be between 1 and 65535" };
  return { value: port };
}

function parseHttpUrl(raw: string | undefined): Parsed<string | undefined> {
  const value = text(raw);
  if (value === undefined) return { value: undefined };
  let protocol = "";
  try {
    protocol = new URL(value).protocol;
  } catch {
    // Not a URL at all: the same words as a wrong scheme.
  }
  if (protocol !== "http:" && protocol !== "https:") return { error: "must be an http:// or https:// URL" };
  return { value: value.replace(/\/+$/, "") };
}

const withDefault =
  (fallback: string) =>
  (raw: string | undefined): Parsed<string> => ({ value: text(raw) ?? fallback });

function parseTrustProxyVariable(raw: string | undefined): Parsed<TrustProxy> {
  const parsed = parseTrustProxy((text(raw) ?? "false").toLowerCase());
  return "error" in parsed ? { error: parsed.error } : { value: parsed };
}

/** Each serving variable's parser, in the order lib/env.ts's schema checks them. */
export const SERVING_PARSERS = {
  PORT: parsePort,
  HOST: withDefault("127.0.0.1"),
  BEACON_URL: parseHttpUrl,
  BEACON_DATA_DIR: withDefault("data"),
  BEACON_TRUST_PROXY: parseTrustProxyVariable,
} as const;

/** The error for a variable, with the value it had unless that may be a secret. */
export function configError(name: string, message: string, got: string | undefined): ConfigError {
  const secret = name.includes("PASSWORD") || name.includes("SECRET") || name === "SMTP_URL";
  return new ConfigError(`${name} ${message}${secret || got === undefined ? "" : ` (got "${got}")`}`);
}

/** The front door's variables; a bad one throws a ConfigError naming it. */
export function getServingEnv(source: Record<string, string | undefined> = process.env): ServingEnv {
  const values: Record<string, unknown> = {};
  for (const [name, parse] of Object.entries(SERVING_PARSERS)) {
    const parsed: Parsed<unknown> = parse(source[name]);
    if ("error" in parsed) throw configError(name, parsed.error, source[name]);
    values[name] = parsed.value;
  }
  const env = values as Omit<ServingEnv, "BEACON_URL"> & { BEACON_URL?: string };
  return { ...env, BEACON_URL: env.BEACON_URL ?? defaultBeaconUrl(env) };
}
