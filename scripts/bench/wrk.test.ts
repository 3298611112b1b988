import { describe, expect, it } from "vitest";
import { parseWrk } from "./wrk";

const sample = `Running 10s test @ http://127.0.0.1:3200/
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.20ms  500.00us  20.00ms   90.00%
  Latency Distribution
     50%  980.00us
     75%    1.20ms
     90%    1.60ms
     99%    4.10ms
  400000 requests in 10.00s, 1.00GB read
Requests/sec:  40000.12
Transfer/sec:    100.00MB
`;

describe("parseWrk", () => {
  it("reads requests, throughput and latency percentiles in milliseconds", () => {
    expect(parseWrk(sample)).toEqual({ requests: 400000, requestsPerSecond: 40000.12, p50Ms: 0.98, p99Ms: 4.1, errors: null });
  });

  it("reports socket errors and bad statuses", () => {
    expect(parseWrk(`${sample}  Non-2xx or 3xx responses: 12\n`).errors).toBe("Non-2xx or 3xx responses: 12");
  });
});
