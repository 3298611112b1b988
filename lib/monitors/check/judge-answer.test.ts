import { describe, expect, it } from "vitest";
import type { CheckSettings } from "./check-settings";
import { type Answer, judgeAnswer } from "./judge-answer";
import { parseJsonPath } from "./json-path";
import { parseStatusRanges } from "./status-ranges";

const NOW = Date.parse("2026-12-03T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

const base: CheckSettings = {
  url: "https://example.test/",
  method: "GET",
  headers: {},
  timeoutMs: 10_000,
  upStatuses: "200-399",
  keyword: null,
  json: null,
  degradedAfterMs: null,
  certExpiryDays: null,
};

function judge(settings: Partial<CheckSettings>, answer: Partial<Answer>) {
  const all = { ...base, ...settings };
  const full: Answer = { statusCode: 200, body: null, truncated: false, totalMs: 123, certificateExpiresAt: null, ...answer };
  return judgeAnswer(full, { settings: all, isUpStatus: parseStatusRanges(all.upStatuses), jsonPath: all.json ? parseJsonPath(all.json.path) : null, nowMs: NOW });
}

describe("judgeAnswer", () => {
  it("is up for a good status, in words", () => {
    expect(judge({}, {})).toEqual({ outcome: "up", failureClass: null, message: "200 OK in 123 ms" });
    expect(judge({}, { statusCode: 301, totalMs: 1234 }).message).toBe("301 Moved Permanently in 1.2 s");
  });

  it("is down for a status outside the up statuses", () => {
    expect(judge({ upStatuses: "200" }, { statusCode: 204 })).toEqual({ outcome: "down", failureClass: "http_status", message: "204 No Content" });
  });

  it("is degraded when slow, and down beats slow", () => {
    expect(judge({ degradedAfterMs: 2000 }, { totalMs: 2400 })).toEqual({ outcome: "degraded", failureClass: "slow", message: "200 OK but slow: 2.4 s (over 2 s)" });
    expect(judge({ degradedAfterMs: 2000 }, { totalMs: 2000 }).outcome).toBe("up");
    expect(judge({ degradedAfterMs: 2000 }, { totalMs: 2400, statusCode: 500 }).outcome).toBe("down");
  });

  it("warns of a certificate that expires soon, counting from the given clock", () => {
    const expiresAt = new Date(NOW + 5 * DAY);
    expect(judge({ certExpiryDays: 14 }, { certificateExpiresAt: expiresAt })).toEqual({
      outcome: "degraded",
      failureClass: "certificate_expiring",
      message: "certificate expires in 5 days (on 2026-12-08)",
    });
    expect(judge({ certExpiryDays: 4 }, { certificateExpiresAt: expiresAt }).outcome).toBe("up");
    expect(judge({ certExpiryDays: null }, { certificateExpiresAt: expiresAt }).outcome).toBe("up");
    expect(judge({ certExpiryDays: 14 }, { certificateExpiresAt: new Date(NOW + DAY) }).message).toBe("certificate expires in 1 day (on 2026-12-04)");
    expect(judge({ certExpiryDays: 14 }, { certificateExpiresAt: new Date(NOW + 3_600_000) }).message).toMatch(/^certificate expires within a day/);
  });

  it("checks a keyword's presence or absence, case-sensitively", () => {
    const body = Buffer.from("<h1>All systems operational</h1>");
    expect(judge({ keyword: { text: "operational", mode: "present" } }, { body }).outcome).toBe("up");
    expect(judge({ keyword: { text: "Operational", mode: "present" } }, { body })).toEqual({ outcome: "down", failureClass: "keyword", message: "keyword “Operational” missing" });
    expect(judge({ keyword: { text: "operational", mode: "absent" } }, { body }).message).toBe("keyword “operational” found");
    expect(judge({ keyword: { text: "error", mode: "absent" } }, { body }).outcome).toBe("up");
  });

  it("shortens a long keyword and says when only part of the answer was read", () => {
    const { message } = judge({ keyword: { text: "k".repeat(100), mode: "present" } }, { body: Buffer.from("x"), truncated: true });
    expect(message).toBe(`keyword “${"k".repeat(59)}…” missing (only the first 1 MB was read)`);
  });

  it("compares a JSON value as text", () => {
    const body = Buffer.from(JSON.stringify({ data: { items: [{ state: "green", n: 3, ok: true, none: null }] } }));
    const check = (path: string, expected: string) => judge({ json: { path, expected } }, { body });
    expect(check("data.items[0].state", "green").outcome).toBe("up");
    expect(check("$.data.items[0].n", "3").outcome).toBe("up");
    expect(check("data.items[0].ok", "true").outcome).toBe("up");
    expect(check("data.items[0].none", "null").outcome).toBe("up");
    expect(check("data.items[0].state", "red")).toEqual({ outcome: "down", failureClass: "json", message: "data.items[0].state is “green”, expected “red”" });
    expect(check("data.items[1].state", "green").message).toBe("no value at data.items[1].state");
  });

  it("is down for an answer that is not JSON, or too large to be read as JSON", () => {
    const json = { path: "status", expected: "ok" };
    expect(judge({ json }, { body: Buffer.from("<html>") })).toEqual({ outcome: "down", failureClass: "json", message: "the answer is not JSON" });
    expect(judge({ json }, { body: Buffer.from('{"status":"ok"'), truncated: true }).failureClass).toBe("too_large");
  });
});
