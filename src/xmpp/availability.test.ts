import { describe, expect, it } from "vitest";
import { AvailabilityTracker } from "./availability";

describe("AvailabilityTracker", () => {
  it("shows a contact online while any resource is online", () => {
    const tracker = new AvailabilityTracker();
    tracker.update("bob@x.test", "phone", "away");
    expect(tracker.update("bob@x.test", "web", "online")).toBe("online");
    expect(tracker.update("bob@x.test", "web", "offline")).toBe("away");
  });

  it("shows a contact offline once every resource has left", () => {
    const tracker = new AvailabilityTracker();
    tracker.update("bob@x.test", "web", "online");
    expect(tracker.update("bob@x.test", "web", "offline")).toBe("offline");
  });
});
