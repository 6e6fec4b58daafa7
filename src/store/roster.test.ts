import { beforeEach, describe, expect, it } from "vitest";
import { live } from "./live";
import { useRosterStore } from "./roster";
import { fakeSession, resetAll } from "./testFakes";

const roster = () => useRosterStore.getState();

describe("roster store", () => {
  beforeEach(resetAll);

  it("#addContact refuses an invalid JID without a request", async () => {
    const asked: string[] = [];
    live.session = fakeSession({
      addContact(jid) {
        asked.push(jid);
        return Promise.resolve();
      },
    });

    await roster().addContact("not a jid");

    expect(roster().adding).toEqual({ status: "failed", error: "invalid-jid" });
    expect(asked).toEqual([]);
  });

  it("keeps presence that arrived before the roster", () => {
    roster().setAvailability([["bob@example.test", "away"]]);
    roster().setRoster([
      { jid: "bob@example.test", subscription: "both", pending: false },
    ]);
    expect(roster().contacts["bob@example.test"]?.availability).toBe("away");
  });

  it("#acceptRequest answers and forgets the request", async () => {
    live.session = fakeSession();
    roster().addRequest("carol@example.test");
    roster().addRequest("carol@example.test");
    expect(roster().requests).toEqual(["carol@example.test"]);

    await roster().acceptRequest("carol@example.test");
    expect(roster().requests).toEqual([]);
  });
});
