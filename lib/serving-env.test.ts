import { describe, expect, it } from "vitest";
import { getEnv } from "./env";
import { getServingEnv } from "./serving-env";

// The front door reads its variables without zod; the app process reads every variable with
// it. The two must take and refuse the same values, with the same words.

const outcome = (read: () => object) => {
  try {
    const env = read() as Record<string, unknown>;
    return { PORT: env.PORT, HOST: env.HOST, BEACON_URL: env.BEACON_URL, BEACON_DATA_DIR: env.BEACON_DATA_DIR, BEACON_TRUST_PROXY: env.BEACON_TRUST_PROXY };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe("getServingEnv", () => {
  it.each([
    {},
    { PORT: "8080", HOST: "0.0.0.0" },
    { PORT: " 443 ", BEACON_URL: "https://status.example.com///" },
    { PORT: "" },
    { PORT: "http" },
    { PORT: "80.5" },
    { PORT: "0" },
    { PORT: "65536" },
    { PORT: "Infinity" },
    { BEACON_URL: "status.example.com" },
    { BEACON_URL: "ftp://status.example.com" },
    { BEACON_URL: "http://" },
    { BEACON_URL: "  " },
    { BEACON_DATA_DIR: " /var/lib/beacon " },
    { BEACON_TRUST_PROXY: "1" },
    { BEACON_TRUST_PROXY: "TRUE" },
    { BEACON_TRUST_PROXY: "10.0.0.0/8, 192.168.1.1" },
    { BEACON_TRUST_PROXY: "sometimes" },
  ])("reads %j as the full schema does", (source) => {
    expect(outcome(() => getServingEnv(source))).toEqual(outcome(() => getEnv(source)));
  });

  it("names the variable and the value it got", () => {
    expect(() => getServingEnv({ PORT: "http" })).toThrow('PORT must be a port number (got "http")');
    expect(getServingEnv({ PORT: "8080" }).BEACON_URL).toBe("http://127.0.0.1:8080");
  });
});
