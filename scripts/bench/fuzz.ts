import { randomBytes, randomInt } from "node:crypto";

// Hostile and careless API traffic with a valid token: random, truncated, oversized, deeply
// nested and script-laden bodies on every v1 write endpoint. The bench sends it to see what
// it does to memory and that no answer is a 5xx.

const xss = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)", "\u0000\uFFFF", "\uD800", "🙂".repeat(50)];

function randomValue(depth = 0): unknown {
  switch (randomInt(depth > 2 ? 5 : 8)) {
    case 0: return xss[randomInt(xss.length)];
    case 1: return randomInt(-1e9, 1e9) / randomInt(1, 1000);
    case 2: return randomInt(2) === 0;
    case 3: return null;
    case 4: return randomBytes(randomInt(1, 64)).toString(randomInt(2) ? "base64" : "latin1");
    case 5: return Array.from({ length: randomInt(4) }, () => randomValue(depth + 1));
    default: return randomObject(depth + 1);
  }
}

const fields = ["name", "body", "status", "impact", "components", "componentIds", "startedAt", "scheduledFor", "scheduledUntil", "description", "groupId", "publish", "deliver_notifications", "incident", "component"];

function randomObject(depth = 0): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (let index = randomInt(1, 6); index > 0; index -= 1) object[fields[randomInt(fields.length)] as string] = randomValue(depth);
  return object;
}

function randomBody(): string {
  const json = JSON.stringify(randomObject());
  switch (randomInt(10)) {
    case 0: return json.slice(0, randomInt(json.length));
    case 1: return "[".repeat(5_000) + "]".repeat(5_000);
    case 2: return randomBytes(randomInt(1, 2_048)).toString("latin1");
    case 3: return JSON.stringify({ name: "x".repeat(70_000) });
    default: return json;
  }
}

const targets: [string, string][] = [
  ["POST", "/api/v1/incidents"],
  ["POST", "/api/v1/maintenance"],
  ["POST", "/api/v1/components"],
  ["POST", "/api/v1/component-groups"],
  ["PATCH", "/api/v1/components/%ID%"],
  ["PATCH", "/api/v1/component-groups/%ID%"],
  ["POST", "/api/v1/incidents/%ID%/updates"],
  ["POST", "/api/v1/incidents/%ID%/resolve"],
  ["PUT", "/api/v1/incidents/%ID%/postmortem"],
  ["PATCH", "/api/v1/incidents/%ID%/updates/%ID%"],
];

export type FuzzResult = { sent: number; byStatus: Record<string, number> };

export async function fuzzApi(origin: string, token: string, count: number, concurrency = 8): Promise<FuzzResult> {
  const byStatus: Record<string, number> = {};
  let sent = 0;
  const one = async () => {
    const [method, template] = targets[randomInt(targets.length)] as [string, string];
    const path = template.replaceAll("%ID%", () => (randomInt(3) === 0 ? "%FF" : randomBytes(8).toString("hex")));
    let status = "error";
    try {
      const response = await fetch(`${origin}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": randomInt(8) === 0 ? "text/plain" : "application/json" },
        body: randomBody(),
      });
      await response.arrayBuffer();
      status = String(response.status);
    } catch {
      // a refused or reset connection is counted as "error"
    }
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  };
  const worker = async () => {
    while (sent < count) {
      sent += 1;
      await one();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { sent, byStatus };
}
