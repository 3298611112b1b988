import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("gives milliseconds under a second", () => {
    expect(formatDuration(0)).toBe("0 ms");
    expect(formatDuration(123.4)).toBe("123 ms");
    expect(formatDuration(500)).toBe("500 ms");
  });

  it("gives seconds, with one decimal only when it is not whole", () => {
    expect(formatDuration(999.6)).toBe("1 s");
    expect(formatDuration(1200)).toBe("1.2 s");
    expect(formatDuration(2449)).toBe("2.4 s");
    expect(formatDuration(2500)).toBe("2.5 s");
    expect(formatDuration(10_000)).toBe("10 s");
    expect(formatDuration(10_020)).toBe("10 s");
  });
});
