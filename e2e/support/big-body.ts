import fs from "node:fs";
import http from "node:http";

// Sends a huge request body the way an attacker would (declared up front, or chunked without a
// length), generated as it goes so the test itself never holds it, and stops once answered.

export type BigBody = { path: string; bytes: number; chunked: boolean; headers?: Record<string, string> };

export function sendBigBody(origin: string, body: BigBody): Promise<{ status: number; sent: number }> {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", ...body.headers };
  if (body.chunked) headers["transfer-encoding"] = "chunked";
  else headers["content-length"] = String(body.bytes);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(`${origin}${body.path}`, { method: "POST", headers, agent: false });
    request.on("response", (response) => {
      answered = true;
      response.resume();
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, sent });
        request.destroy();
      });
    });
    // Once the server has answered and closed, writes fail: that is the point.
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < body.bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

/** The resident memory of a process, in MB, as the kernel counts it. */
export function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

/** Runs `work` while sampling `pid`'s resident memory; returns the peak seen. */
export async function peakResidentMb<T>(pid: number, work: () => Promise<T>): Promise<{ peak: number; result: T }> {
  let peak = residentMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, residentMb(pid))), 20);
  try {
    const result = await work();
    return { peak: Math.max(peak, residentMb(pid)), result };
  } finally {
    clearInterval(timer);
  }
}
