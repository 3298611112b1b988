import { describe, expect, it } from "vitest";
import { parseTrustProxy } from "./trust-proxy";

describe("parseTrustProxy", () => {
  it("refuses true, which trusted what the client wrote, and names what to set instead", () => {
    expect(parseTrustProxy("true")).toEqual({ error: expect.stringMatching(/number of proxies.*usually 1/) });
  });

  it("refuses entries that are not addresses or ranges", () => {
    expect(parseTrustProxy("10.0.0.0/33")).toEqual({ error: expect.stringContaining("0 to 32") });
    expect(parseTrustProxy("localhost")).toEqual({ error: expect.stringContaining('"localhost"') });
    expect(parseTrustProxy("-1")).toHaveProperty("error");
  });
});
