import fs from "node:fs";
import http from "node:http";

// The bench's yardstick: a bare Node `http` server answering each path with fixed bytes and
// headers (Beacon's own answers, taken by serving-cost.ts). Run by plain Node, no loader:
// `node bare-server.ts <responses.json> <port>`. What Beacon costs above it is Beacon's own.

type Stored = { path: string; headers: Record<string, string>; bodyFile: string };

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error("usage: bare-server.ts <responses.json> <port>");
const answers = new Map<string, { headers: Record<string, string>; body: Buffer }>();
for (const stored of JSON.parse(fs.readFileSync(file, "utf8")) as Stored[]) {
  answers.set(stored.path, { headers: stored.headers, body: fs.readFileSync(stored.bodyFile) });
}

http
  .createServer((req, res) => {
    const answer = answers.get(req.url ?? "");
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, answer.headers);
    res.end(answer.body);
  })
  .listen(Number(port), "127.0.0.1");
// An orderly exit, so that a `--cpu-prof` of this process is written.
process.once("SIGTERM", () => process.exit(0));
