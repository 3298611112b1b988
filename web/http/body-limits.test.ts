import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.js";
import { API_BODY_LIMIT, bodyLimitFor, FORM_BODY_LIMIT, UNSUBSCRIBE_BODY_LIMIT } from "./body-limits";

describe("body limits", () => {
  it("gives each kind of route its cap", () => {
    expect(bodyLimitFor("/api/v1/incidents")).toBe(API_BODY_LIMIT);
    expect(bodyLimitFor("/subscribe/unsubscribe")).toBe(UNSUBSCRIBE_BODY_LIMIT);
    expect(bodyLimitFor("/admin/incidents/new")).toBe(FORM_BODY_LIMIT);
    expect(bodyLimitFor("/api/v1x")).toBe(FORM_BODY_LIMIT);
  });

  it("matches the server actions' limit in next.config.js", () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(limit).toBe(`${FORM_BODY_LIMIT / 1024}kb`);
  });
});
