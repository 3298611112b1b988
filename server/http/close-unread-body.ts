import type { IncomingMessage, ServerResponse } from "node:http";

// After a request is answered without reading all of its body (refused as too large), the rest
// must not be read to the end. Closing at once makes the client's next write reset the
// connection, and a reset can drop the answer before the client has read it. So, like nginx's
// lingering close, the connection is closed after a short grace: the bytes already on their way
// are discarded, never kept, and the socket closes after LINGER_BYTES or LINGER_MS. On loopback
// 1 MB arrives within a millisecond, before a busy client has read the answer (a reset, then, in
// CI beside other work); 8 MB gives it time and still never reads a 200 MB body.

export const LINGER_BYTES = 8 * 1024 * 1024;
export const LINGER_MS = 2_000;

/** Whether the request declares a body (a length over 0, or chunks): the only ones that can leave bytes unread. */
export function hasBody(req: Pick<IncomingMessage, "headers">): boolean {
  const { headers } = req;
  return headers["transfer-encoding"] !== undefined || Number(headers["content-length"] ?? 0) > 0;
}

/** For a request with a body (hasBody): the grace above once it is answered, if its body is not read to the end. */
export function closeUnreadBodyAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  // A client that asked for `Connection: close` would otherwise be closed on the spot, with
  // the same reset; the grace below closes it soon enough.
  res.shouldKeepAlive = true;
  // Taken now: by the time the answer is finished, Node may have detached it from the request.
  const socket = req.socket;
  res.once("finish", () => {
    if (req.complete || !socket || socket.destroyed) return;
    // Counted on the socket: Node discards a body nobody reads before any listener on the request sees it.
    let discarded = 0;
    const stop = () => {
      clearTimeout(timer);
      socket.off("data", count);
      socket.off("close", stop);
      if (!req.complete) socket.destroy();
    };
    const count = (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > LINGER_BYTES || req.complete) stop();
    };
    const timer = setTimeout(stop, LINGER_MS);
    socket.on("data", count);
    // Removed again by stop(): a kept-alive connection must not collect one per request.
    socket.once("close", stop);
    req.resume();
  });
}
