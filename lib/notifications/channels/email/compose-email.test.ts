import { describe, expect, it } from "vitest";
import { buildEmailContent } from "./build-email-content";
import { composeEmail } from "./compose-email";
import { fixtureLinks, fixturePage, fixtureSubscription, fixtureUpdate } from "./testing/email-fixtures";
import type { NotificationData } from "./notification-data";

const recipient = (subscriberId = "sub1") => ({ subscriberId, email: "someone@example.com", links: fixtureLinks(subscriberId) });
const compose = (data: NotificationData, subscriberId?: string) => composeEmail(buildEmailContent("n1", data), recipient(subscriberId));

const hostile = fixtureUpdate({
  incident: { ...fixtureUpdate().incident, name: `<script>alert("x")</script> & "quotes"` },
  page: { ...fixturePage, name: `Acme "<b>"` },
});

describe("composeEmail", () => {
  it("escapes user-written names in HTML and keeps them raw in the subject and text", () => {
    const email = compose(hostile);
    expect(email.subject).toBe(`[Acme "<b>"] <script>alert("x")</script> & "quotes" — Identified`);
    expect(email.text).toContain(`<script>alert("x")</script> & "quotes"`);
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;");
  });

  it("renders the message through the sanitiser: markup in it stays text", () => {
    const data = fixtureUpdate();
    const email = compose({ ...data, update: { ...data.update, body: 'Hi <img src=x onerror="alert(1)"> [x](javascript:alert(1))' } });
    expect(email.html).not.toMatch(/<img src=x|href="javascript/i);
    expect(email.html).toContain("&lt;img src=x");
  });

  it("sends one-click unsubscribe headers with every incident email, and fills in the recipient's links", () => {
    const email = compose(fixtureUpdate(), "sub9");
    const links = fixtureLinks("sub9");
    expect(email.headers).toEqual({ "List-Unsubscribe": `<${links.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(email.text).toContain(`Unsubscribe: ${links.unsubscribeUrl}`);
    expect(email.text).toContain(`Manage your subscription: ${links.manageUrl}`);
    expect(email.html).toContain(`href="${links.unsubscribeUrl.replace("&", "&amp;")}"`);
    expect(email.html + email.text).not.toContain("\u0000");
  });

  it("states status, impact, component changes and the time with its zone, plus UTC", () => {
    const email = compose(fixtureUpdate());
    for (const part of [email.text, email.html]) {
      expect(part).toContain("Major impact");
      expect(part).toContain("API: Operational → Partial outage");
      expect(part).toContain("24 Nov 2026, 23:58 CET (24 Nov 2026, 22:58 UTC)");
      expect(part).toContain("https://status.acme.example/incidents/inc1");
    }
    expect(email.text).toContain("Status: Identified");
  });

  it("names maintenance by its own words and shows its window", () => {
    const base = fixtureUpdate();
    const window = { scheduledFor: new Date("2026-07-01T20:00:00Z"), scheduledUntil: new Date("2026-07-01T22:00:00Z") };
    const email = compose({ ...base, incident: { ...base.incident, kind: "maintenance", impact: "maintenance", ...window }, update: { ...base.update, status: "in_progress" } });
    expect(email.subject).toBe("[Acme] Slow checkout — Maintenance in progress");
    expect(email.text).toContain("1 Jul 2026, 22:00 CEST to 2 Jul 2026, 00:00 CEST (1 Jul 2026, 20:00 UTC to 1 Jul 2026, 22:00 UTC)");
    expect(email.text).not.toContain("Impact:");
  });

  it("leaves out the UTC repeat when the page's zone is UTC", () => {
    const email = compose(fixtureUpdate({ page: { ...fixturePage, timeZone: "Etc/UTC" } }));
    expect(email.text).toContain("Posted: 24 Nov 2026, 22:58 UTC\n");
  });

  it("tells each subscriber why they get it", () => {
    expect(compose(fixtureUpdate(), "sub-api").text).toContain("subscribed to Acme status updates about API.");
    expect(compose(fixtureUpdate(), "sub-whole").text).toContain("subscribed to all status updates from Acme.");
  });

  it("asks for confirmation without List-Unsubscribe, naming the components, the expiry and that nothing else comes", () => {
    const email = compose(fixtureSubscription("confirmation", ["API", "Checkout"]));
    expect(email.subject).toBe("Confirm your subscription to Acme status updates");
    expect(email.headers).toEqual({});
    expect(email.text).toContain(fixtureLinks().confirmUrl);
    expect(email.text).toContain("API and Checkout");
    expect(email.text).toContain("nothing else will be sent");
    expect(email.text).toContain("expires in 48 hours");
    expect(email.text).not.toContain("Unsubscribe");
  });

  it("answers an address already subscribed with its manage link and unsubscribe headers", () => {
    const email = compose(fixtureSubscription("already_subscribed"));
    expect(email.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.text).toContain(fixtureLinks().manageUrl);
    expect(email.text).toContain("nothing has changed");
    expect(email.text).toContain("every incident and maintenance on Acme");
  });

  it("composes 10,000 emails in well under a second", () => {
    const content = buildEmailContent("n1", fixtureUpdate());
    const recipients = Array.from({ length: 10_000 }, (_, index) => recipient(`sub${index}`));
    const started = performance.now();
    for (const one of recipients) composeEmail(content, one);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
