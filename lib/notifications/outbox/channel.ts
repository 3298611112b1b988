// The one interface between the outbox and a way of reaching people (lib/notifications/channels/).
// The outbox claims, leases, retries and records outcomes; a channel only renders a
// notification for a recipient, sends it, and says what a failure means.

/**
 * Whom a delivery goes to, as the outbox loads them. `endpoint` and `signingSecret` (sealed)
 * are a webhook subscriber's; an email subscriber has an empty endpoint and no secret.
 */
export type Recipient = { id: string; email: string; confirmVersion: number; endpoint: string; signingSecret: string | null };

/**
 * What a failed send means. `retry`: try again later (an attempt is counted; the last one
 * fails). `give_up`: this delivery fails for good, the recipient stays. `recipient_gone`: it
 * fails, and so does the recipient, who gets nothing more. `unreachable` marks a refusal of
 * everyone just now (the service is down): the worker stops its batch and backs off.
 */
export type FailureVerdict = "retry" | "give_up" | "recipient_gone";

export type ClassifiedFailure = { verdict: FailureVerdict; message: string; unreachable?: boolean };

/** A notification rendered once (all queries and layout), made into each recipient's message cheaply. */
export type RenderedNotification<Message> = (recipient: Recipient) => Message;

export type Channel<Message = unknown> = {
  /** Why nothing can be sent (the channel is not set up): its deliveries are held, not sent. Null when it can send. */
  heldReason: string | null;
  /** Messages in flight at once. */
  concurrency: number;
  /** Null when what the notification announces is gone (deleted meanwhile). */
  render(notificationId: string): Promise<RenderedNotification<Message> | null>;
  /**
   * Resolves once the receiver has taken the message, with its answer in words when it gave
   * one ("HTTP 200: ok"), which the delivery keeps; `deliveryId` is stable across retries.
   */
  send(message: Message, deliveryId: string): Promise<string | void>;
  /** A message that only proves the way works, for "send a test message"; absent: the channel cannot be tested. */
  renderTest?(): Promise<RenderedNotification<Message>>;
  classify(error: unknown): ClassifiedFailure;
  close(): void;
};
