import { describe, expect, it } from "vitest";
import { jsonValueText, parseJsonPath, readJsonPath } from "./json-path";

const read = (value: unknown, path: string) => readJsonPath(value, parseJsonPath(path));

describe("parseJsonPath", () => {
  it("reads keys and indexes, with or without a leading $.", () => {
    expect(parseJsonPath("status")).toEqual(["status"]);
    expect(parseJsonPath("$.status")).toEqual(["status"]);
    expect(parseJsonPath("data.items[0].state")).toEqual(["data", "items", 0, "state"]);
    expect(parseJsonPath("$.matrix[1][2]")).toEqual(["matrix", 1, 2]);
    expect(parseJsonPath("[3].name")).toEqual([3, "name"]);
    expect(parseJsonPath("$")).toEqual([]);
  });

  it.each(["", " ", ".status", "status.", "a..b", "items[]", "items[x]", "items[-1]", "a[0", "$status", "a]b"])("refuses %j", (path) => {
    expect(() => parseJsonPath(path)).toThrow("must be a path such as status or data.items[0].state");
  });

  it("refuses paths longer than 200 characters or with more than 20 parts", () => {
    expect(() => parseJsonPath("a".repeat(201))).toThrow("is longer than 200 characters");
    expect(parseJsonPath(Array(20).fill("a").join("."))).toHaveLength(20);
    expect(() => parseJsonPath(Array(21).fill("a").join("."))).toThrow("has more than 20 parts");
  });
});

describe("readJsonPath", () => {
  const body = { status: "ok", data: { items: [{ state: "green" }, { state: null }], count: 2, live: true } };

  it("finds nested values", () => {
    expect(read(body, "status")).toEqual({ found: true, value: "ok" });
    expect(read(body, "$.data.items[0].state")).toEqual({ found: true, value: "green" });
    expect(read(body, "data.items[1].state")).toEqual({ found: true, value: null });
    expect(read([10, 20], "[1]")).toEqual({ found: true, value: 20 });
  });

  it("reports missing values", () => {
    expect(read(body, "missing")).toEqual({ found: false });
    expect(read(body, "data.items[5].state")).toEqual({ found: false });
    expect(read(body, "status.length.x")).toEqual({ found: false });
    expect(read(body, "data[0]")).toEqual({ found: false });
    expect(read(null, "status")).toEqual({ found: false });
  });

  it("never reaches into the prototype", () => {
    expect(read(body, "__proto__")).toEqual({ found: false });
    expect(read(body, "constructor")).toEqual({ found: false });
    expect(read(body, "status.toString")).toEqual({ found: false });
    expect(read(JSON.parse('{"a":{}}'), "a.__proto__.polluted")).toEqual({ found: false });
  });
});

describe("jsonValueText", () => {
  it("gives strings as they are and everything else as JSON", () => {
    expect(jsonValueText("ok")).toBe("ok");
    expect(jsonValueText(2)).toBe("2");
    expect(jsonValueText(true)).toBe("true");
    expect(jsonValueText(null)).toBe("null");
    expect(jsonValueText({ a: [1] })).toBe('{"a":[1]}');
  });
});
