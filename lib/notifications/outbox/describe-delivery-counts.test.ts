import { describe, expect, it } from "vitest";
import { emptyDeliveryCounts } from "./delivery-counts";
import { describeDeliveryCounts } from "./describe-delivery-counts";

describe("describeDeliveryCounts", () => {
  it("names only the statuses that occur, in a fixed order", () => {
    const counts = { ...emptyDeliveryCounts(), sent: 120, pending: 3, failed: 1 };
    expect(describeDeliveryCounts(counts, { queued: false })).toBe("120 sent · 3 pending · 1 failed");
  });

  it("says held emails were not sent", () => {
    expect(describeDeliveryCounts({ ...emptyDeliveryCounts(), held: 2 }, { queued: false })).toBe("2 not sent (no SMTP)");
  });

  it("says queued before fan-out, and when nobody was there to notify", () => {
    expect(describeDeliveryCounts(emptyDeliveryCounts(), { queued: true })).toBe("queued");
    expect(describeDeliveryCounts(emptyDeliveryCounts(), { queued: false })).toBe("no subscribers to notify");
  });
});
