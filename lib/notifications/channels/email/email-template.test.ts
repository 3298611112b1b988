import { describe, expect, it } from "vitest";
import { compileTemplate, fillTemplate, slot } from "./email-template";
import { escapeHtml, oneLine } from "./escape-html";

const values = { confirmUrl: "C", manageUrl: "M", unsubscribeUrl: "U", reason: "R" };

describe("email templates", () => {
  it("fills every slot, including repeats and slots at either end", () => {
    const template = compileTemplate(`${slot("manageUrl")}a${slot("reason")}b${slot("manageUrl")}`);
    expect(fillTemplate(template, values)).toBe("MaRbM");
  });

  it("leaves a body without slots as it was", () => {
    expect(fillTemplate(compileTemplate("plain"), values)).toBe("plain");
  });

  it("cannot be fooled by user text that looks like a slot: escaping drops NUL", () => {
    const body = `x${escapeHtml(slot("manageUrl"))}y`;
    expect(fillTemplate(compileTemplate(body), values)).toBe("xmanageUrly");
  });

  it("keeps a subject on one line", () => {
    expect(oneLine(" Down\r\nBcc: x@example.com ")).toBe("Down Bcc: x@example.com");
  });
});
