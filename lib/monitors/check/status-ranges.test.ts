import { describe, expect, it } from "vitest";
import { parseStatusRanges } from "./status-ranges";

describe("parseStatusRanges", () => {
  it("accepts a range", () => {
    const isUp = parseStatusRanges("200-399");
    expect([200, 301, 399].map(isUp)).toEqual([true, true, true]);
    expect([199, 400, 502].map(isUp)).toEqual([false, false, false]);
  });

  it("accepts codes and ranges mixed, with spaces", () => {
    const isUp = parseStatusRanges(" 200 , 204,301 - 302 ");
    expect([200, 204, 301, 302].map(isUp)).toEqual([true, true, true, true]);
    expect([201, 303].map(isUp)).toEqual([false, false]);
  });

  it("accepts a range of one code and the extremes", () => {
    expect(parseStatusRanges("100-599")(599)).toBe(true);
    expect(parseStatusRanges("404-404")(404)).toBe(true);
  });

  it.each(["", "  ", "abc", "200-", "-200", "200,,204", "200,", "200-300-400", "2xx", "200;204", "+200"])("refuses %j as malformed", (text) => {
    expect(() => parseStatusRanges(text)).toThrow("must be codes or ranges such as 200-399 or 200,204");
  });

  it("refuses codes outside 100..599", () => {
    expect(() => parseStatusRanges("700")).toThrow("has 700, which is not an HTTP status code");
    expect(() => parseStatusRanges("200,99")).toThrow("has 99, which is not an HTTP status code");
    expect(() => parseStatusRanges("200-600")).toThrow("has 600, which is not an HTTP status code");
    expect(() => parseStatusRanges("12345678901234567890")).toThrow("has 123456…, which is not an HTTP status code");
  });

  it("refuses a range that runs backwards", () => {
    expect(() => parseStatusRanges("400-300")).toThrow("has the range 400-300, which runs backwards");
  });

  it("accepts 20 parts and refuses more", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => String(200 + i)).join(",");
    expect(parseStatusRanges(twenty)(219)).toBe(true);
    expect(() => parseStatusRanges(`${twenty},300`)).toThrow("has more than 20 parts");
  });
});
