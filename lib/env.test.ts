import { describe, expect, it } from "vitest";
import { getEnv } from "./env";
import { databaseTarget } from "./database/url";

describe("getEnv", () => {
  it("needs no configuration at all", () => {
    const env = getEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.BEACON_URL).toBe("http://127.0.0.1:3000");
  });

  it("treats blank values as unset", () => {
    expect(getEnv({ PORT: "", HOST: "  " })).toMatchObject({ PORT: 3000, HOST: "127.0.0.1" });
  });

  it("names the variable and the value that is wrong", () => {
    expect(() => getEnv({ PORT: "abc" })).toThrow(/^PORT must be a port number \(got "abc"\)$/);
    expect(() => getEnv({ PORT: "70000" })).toThrow(/^PORT must be between 1 and 65535/);
    expect(() => getEnv({ BEACON_URL: "ftp://x" })).toThrow(/^BEACON_URL must be an http/);
    expect(() => getEnv({ LOG_LEVEL: "loud" })).toThrow(/^LOG_LEVEL must be error, warn, info or debug/);
  });

  it("never repeats a secret in its message", () => {
    expect(() =>
      getEnv({ BEACON_ADMIN_EMAIL: "a@example.com", BEACON_ADMIN_PASSWORD: "short" }),
    ).toThrow(/^BEACON_ADMIN_PASSWORD must be at least 12 characters$/);
  });

  it("wants the admin email and password together", () => {
    expect(() => getEnv({ BEACON_ADMIN_EMAIL: "a@example.com" })).toThrow(/must be set together/);
  });

  // Regression: BEACON_TRUST_PROXY=true made the leftmost, client-supplied X-Forwarded-For entry the client.
  it("reads BEACON_TRUST_PROXY as a number of proxies or their addresses, and refuses true", () => {
    expect(getEnv({}).BEACON_TRUST_PROXY).toEqual({ kind: "none" });
    expect(getEnv({ BEACON_TRUST_PROXY: "False" }).BEACON_TRUST_PROXY).toEqual({ kind: "none" });
    expect(getEnv({ BEACON_TRUST_PROXY: "2" }).BEACON_TRUST_PROXY).toEqual({ kind: "hops", hops: 2 });
    expect(getEnv({ BEACON_TRUST_PROXY: "127.0.0.1, 10.0.0.0/8" }).BEACON_TRUST_PROXY).toMatchObject({ kind: "addresses" });
    expect(() => getEnv({ BEACON_TRUST_PROXY: "true" })).toThrow(/^BEACON_TRUST_PROXY no longer accepts true .*usually 1.*\(got "true"\)$/);
    expect(() => getEnv({ BEACON_TRUST_PROXY: "10.0.0.0/40" })).toThrow(/^BEACON_TRUST_PROXY has "10.0.0.0\/40"/);
  });

  it("drops a trailing slash from BEACON_URL", () => {
    expect(getEnv({ BEACON_URL: "https://status.example.com/" }).BEACON_URL).toBe("https://status.example.com");
  });
});

describe("databaseTarget", () => {
  it("defaults to the embedded SQLite file", () => {
    const target = databaseTarget({});
    expect(target.provider).toBe("sqlite");
    expect(target.provider === "sqlite" && target.filePath.endsWith("/data/beacon.db")).toBe(true);
  });

  it("selects PostgreSQL by scheme", () => {
    expect(databaseTarget({ DATABASE_URL: "postgres://u@db:5432/beacon" }).provider).toBe("postgresql");
    expect(databaseTarget({ DATABASE_URL: "postgresql://u@db/beacon" }).provider).toBe("postgresql");
  });

  it("refuses other databases with one clear line", () => {
    expect(() => databaseTarget({ DATABASE_URL: "mysql://root@localhost/db" })).toThrow(
      /^DATABASE_URL uses "mysql:", which Beacon does not support/,
    );
    expect(() => databaseTarget({ DATABASE_URL: "beacon.db" })).toThrow(/must start with file:/);
    expect(() => databaseTarget({ DATABASE_URL: "file::memory:" })).toThrow(/in-memory/);
  });
});

describe("mail settings", () => {
  it("accepts smtp and smtps URLs and never repeats one in a message", () => {
    expect(getEnv({ SMTP_URL: "smtp://user:pw@mail.example.com:587" }).SMTP_URL).toBe("smtp://user:pw@mail.example.com:587");
    expect(() => getEnv({ SMTP_URL: "http://user:pw@mail.example.com" })).toThrow(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL$/);
  });

  it("takes a sender as an address or a named address", () => {
    expect(getEnv({ MAIL_FROM: "Status <status@example.com>" }).MAIL_FROM).toBe("Status <status@example.com>");
    expect(() => getEnv({ MAIL_FROM: "not an address" })).toThrow(/^MAIL_FROM must be an address/);
  });

  it("wants a long session secret and keeps it out of the message", () => {
    expect(() => getEnv({ SESSION_SECRET: "short" })).toThrow(/^SESSION_SECRET must be at least 32 characters$/);
  });

  it("has sending defaults", () => {
    expect(getEnv({})).toMatchObject({ BEACON_MAIL_RETRY_SECONDS: 30, BEACON_MAIL_LEASE_SECONDS: 120 });
    expect(() => getEnv({ BEACON_MAIL_RETRY_SECONDS: "0" })).toThrow(/^BEACON_MAIL_RETRY_SECONDS must be more than 0/);
  });
});
