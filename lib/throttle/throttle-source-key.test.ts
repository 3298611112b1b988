import { describe, expect, it } from "vitest";
import { throttleSourceKey } from "./throttle-source-key";

describe("throttleSourceKey", () => {
  it("counts an IPv6 client by its /64 and an IPv4 client by its address", () => {
    expect(throttleSourceKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(throttleSourceKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(throttleSourceKey("2001:DB8:0001::9")).toBe("2001:db8:1:0::/64");
    expect(throttleSourceKey("::1")).toBe("0:0:0:0::/64");
    expect(throttleSourceKey("203.0.113.9")).toBe("203.0.113.9");
    expect(throttleSourceKey("unknown")).toBe("unknown");
  });
});
