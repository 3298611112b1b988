import http from "node:http";
import https from "node:https";
import type { ResolvedEndpoint } from "./resolve-endpoint";

// Kept-alive connections for webhooks, one agent per checked address: every socket an agent
// holds was opened to that one address (post-webhook.ts pins the connect), so reusing it can
// never reach an address that was not checked. 5,000 endpoints on one host then share a few
// connections instead of opening one each. Agents of addresses unused for a while are closed,
// the least recently used first, so thousands of hosts do not keep thousands of sockets.

export type AgentPool = { agentFor(target: ResolvedEndpoint): http.Agent; destroy(): void };

export type AgentPoolOptions = {
  /** Agents (addresses) kept at once; default 256. */
  maxAgents?: number;
  /** Connections per address (the channel passes its concurrency); default 16. */
  maxSocketsPerAddress?: number;
  /** An idle connection is closed after this long (or sooner when the server says so); default 4 s. */
  idleMs?: number;
};

export function createAgentPool(options: AgentPoolOptions = {}): AgentPool {
  const maxAgents = options.maxAgents ?? 256;
  // A Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const agents = new Map<string, http.Agent>();
  const settings = { keepAlive: true, maxSockets: options.maxSocketsPerAddress ?? 16, maxFreeSockets: 16, timeout: options.idleMs ?? 4_000 };
  return {
    agentFor({ url, address }) {
      const key = `${url.protocol}//${address}`;
      let agent = agents.get(key);
      if (agent) agents.delete(key);
      else agent = url.protocol === "https:" ? new https.Agent(settings) : new http.Agent(settings);
      agents.set(key, agent);
      while (agents.size > maxAgents) {
        const [oldest, stale] = agents.entries().next().value!;
        agents.delete(oldest);
        // Only its idle sockets close now (destroy() would cut requests in flight); those in
        // use close on their idle timeout once their request is done.
        for (const sockets of Object.values(stale.freeSockets)) sockets?.forEach((socket) => socket.destroy());
      }
      return agent;
    },
    destroy() {
      for (const agent of agents.values()) agent.destroy();
      agents.clear();
    },
  };
}
