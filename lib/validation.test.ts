import { z } from "zod";
import { describe, expect, it } from "vitest";
import { assertStorableText, parseInput } from "./validation";

const schema = z.object({ name: z.string().min(1, "must not be empty"), tags: z.array(z.string()).optional() });

describe("parseInput", () => {
  it("returns the parsed value", () => {
    expect(parseInput(schema, { name: "API" })).toEqual({ name: "API" });
  });

  it("names each field that is wrong", () => {
    expect(() => parseInput(schema, { name: "" })).toThrow(expect.objectContaining({ fields: { name: "must not be empty" } }));
  });

  // Regression: a NUL character reached PostgreSQL (which cannot store it) and caused a 500.
  it("refuses NUL characters anywhere, naming where", () => {
    expect(() => parseInput(schema, { name: "a\u0000b" })).toThrow(expect.objectContaining({ fields: { name: "must not contain the NUL character" } }));
    expect(() => parseInput(schema, { name: "a", tags: ["ok", "b\u0000"] })).toThrow(/tags\.1 must not contain the NUL character/);
  });

  // Regression: a lone UTF-16 surrogate in a form or API field was stored as invalid UTF-8 on SQLite.
  it("refuses lone surrogates anywhere, naming where, and keeps surrogate pairs", () => {
    for (const bad of ["a\ud800", "\udc00b", "\udc00\ud800"]) {
      expect(() => parseInput(schema, { name: bad })).toThrow(expect.objectContaining({ fields: { name: "must not contain a lone UTF-16 surrogate" } }));
    }
    expect(() => parseInput(schema, { name: "a", tags: ["\ud83d"] })).toThrow(/tags\.0 must not contain a lone UTF-16 surrogate/);
    expect(parseInput(schema, { name: "Pager \ud83d\udca5" })).toEqual({ name: "Pager 💥" });
  });

  it("names the first bad field in document order", () => {
    expect(() => parseInput(schema, { name: "a\u0000", tags: ["\ud800"] })).toThrow(/^name must not contain the NUL character$/);
  });
});

describe("assertStorableText", () => {
  // Regression: walking a value nested 7,000 levels deep overflowed the call stack (a 500).
  it("walks a deeply nested value without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => assertStorableText({ a: deep })).toThrow(/must not contain the NUL character/);
  });

  it("checks object keys as well as values", () => {
    expect(() => assertStorableText({ "x\ud800": 1 })).toThrow(expect.objectContaining({ message: expect.stringContaining("surrogate") }));
  });
});

