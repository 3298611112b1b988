import { randomBytes } from "node:crypto";

// How soon a write is public: an incident is posted through the API and `/` and
// `/api/v2/summary.json` are read until both show it. Timed from sending the write, so the
// figure includes the API's own answer time; the write's answer time is reported beside it.

export type Freshness = { writeMs: number; publicMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function shows(url: string, text: string): Promise<boolean> {
  try {
    const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
    return (await response.text()).includes(text);
  } catch {
    return false;
  }
}

export async function timeToPublic(origin: string, token: string, timeoutMs = 120_000): Promise<Freshness> {
  const name = `Bench write ${randomBytes(6).toString("hex")}`;
  const started = performance.now();
  const response = await fetch(`${origin}/api/v1/incidents`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ name, body: "Timing how soon this is public.", deliver_notifications: false }),
  });
  const writeMs = performance.now() - started;
  if (response.status !== 201 && response.status !== 200) throw new Error(`the bench write answered ${response.status}: ${await response.text()}`);
  const pending = new Set([`${origin}/`, `${origin}/api/v2/summary.json`]);
  while (pending.size > 0) {
    if (performance.now() - started > timeoutMs) throw new Error(`not public after ${timeoutMs / 1000} s: ${[...pending].join(", ")}`);
    for (const url of [...pending]) if (await shows(url, name)) pending.delete(url);
    if (pending.size > 0) await sleep(10);
  }
  const publicMs = performance.now() - started;
  // Resolved again so the page does not fill up with open bench incidents (not timed).
  const { id } = (await response.json()) as { id: string };
  await fetch(`${origin}/api/v1/incidents/${id}/resolve`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ deliver_notifications: false }) });
  return { writeMs, publicMs };
}

/** `runs` writes one after another, a short pause between them. */
export async function measureFreshness(origin: string, token: string, runs: number): Promise<Freshness[]> {
  const results: Freshness[] = [];
  for (let run = 0; run < runs; run += 1) {
    try {
      results.push(await timeToPublic(origin, token));
    } catch (error) {
      console.error(`bench: ${(error as Error).message}`);
      results.push({ writeMs: Number.NaN, publicMs: Number.POSITIVE_INFINITY });
    }
    await sleep(1_500);
  }
  return results;
}

export function describeFreshness(results: Freshness[]): string {
  const sorted = results.map((result) => result.publicMs).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const max = sorted.at(-1) ?? Number.NaN;
  const answered = results.map((result) => result.writeMs).filter(Number.isFinite);
  const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "never (120 s)");
  const write = answered.length > 0 ? `write answered within ${seconds(Math.max(...answered))}; ` : "";
  return `median ${seconds(median)}, max ${seconds(max)} (${write}${results.length} writes)`;
}
