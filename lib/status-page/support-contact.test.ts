import { describe, expect, it } from "vitest";
import { parseSupportContact } from "./support-contact";

describe("parseSupportContact", () => {
  it("turns an email address into a mailto link", () => {
    expect(parseSupportContact(" help@example.com ")).toEqual({ kind: "email", value: "help@example.com", href: "mailto:help@example.com" });
    expect(parseSupportContact("mailto:help@example.com")).toEqual({ kind: "email", value: "help@example.com", href: "mailto:help@example.com" });
  });

  it("links http and https URLs", () => {
    expect(parseSupportContact("https://example.com/help")).toEqual({ kind: "url", value: "https://example.com/help", href: "https://example.com/help" });
    expect(parseSupportContact("HTTP://Example.com")).toMatchObject({ kind: "url", href: "http://example.com/" });
  });

  it("keeps anything else as text, never as a link", () => {
    expect(parseSupportContact("Call +49 30 1234567")).toEqual({ kind: "text", value: "Call +49 30 1234567" });
    expect(parseSupportContact("javascript:alert(1)")).toEqual({ kind: "text", value: "javascript:alert(1)" });
    expect(parseSupportContact("https://")).toEqual({ kind: "text", value: "https://" });
    expect(parseSupportContact('"x"@example.com<script>')).toMatchObject({ kind: "text" });
  });

  it("is null when empty", () => {
    expect(parseSupportContact(null)).toBeNull();
    expect(parseSupportContact(undefined)).toBeNull();
    expect(parseSupportContact("   ")).toBeNull();
  });
});
