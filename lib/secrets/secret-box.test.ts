import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

// With SESSION_SECRET set the instance secret comes from the environment, not the database.
process.env.SESSION_SECRET = "a-test-instance-secret-of-32-characters!";

describe("sealSecret / openSecret", () => {
  it("seals a secret so the stored value does not contain it, and opens it again", async () => {
    const sealed = await sealSecret("webhook-signing", "whsec_plain");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("whsec_plain");
    expect(await openSecret("webhook-signing", sealed)).toBe("whsec_plain");
    // A fresh IV each time: equal secrets do not look equal in the database.
    expect(await sealSecret("webhook-signing", "whsec_plain")).not.toBe(sealed);
  });

  it("opens nothing that was altered or is not a sealed value", async () => {
    const sealed = await sealSecret("webhook-signing", "whsec_plain");
    const [version, iv, tag, data] = sealed.split(".");
    // The first character, not the last: a final base64url character may carry padding bits
    // only, and changing those alters no byte (the test then failed about one run in 20).
    const flipped = `${data!.startsWith("A") ? "B" : "A"}${data!.slice(1)}`;
    expect(await openSecret("webhook-signing", [version, iv, tag, flipped].join("."))).toBeNull();
    expect(await openSecret("webhook-signing", "whsec_plain")).toBeNull();
    expect(await openSecret("webhook-signing", "v2.a.b.c")).toBeNull();
  });
});
