import { describe, expect, it } from "vitest";
import { databaseTarget, getEnv } from "./env";

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
