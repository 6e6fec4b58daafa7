// @vitest-environment jsdom
// case-28 step 2: a request from someone not in the roster is a card to
// answer, and adds no contact.
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { useRosterStore } from "../src/store";
import { live } from "../src/store/live";
import { fakeSession, resetAll } from "../src/store/testFakes";
import { ContactsPanel } from "../src/ui/ContactsPanel";
import { parsePresence } from "../src/xmpp/presence";
import { caseStanza } from "./fixtures";

// React's act() warns unless the environment says it is a test.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

describe("case-28: a stranger's request", () => {
  afterEach(resetAll);

  it("shows a request card with Accept and Decline, and no contact", () => {
    const request = parsePresence(caseStanza("case-28", "2"));
    if (request?.kind !== "subscribe") throw new Error("step 2 asks");
    act(() => useRosterStore.getState().addRequest(request.jid));

    const holder = document.createElement("div");
    act(() => createRoot(holder).render(<ContactsPanel />));

    const card = holder.querySelector(".request");
    expect(card?.textContent).toContain("carol@example.test wants to see");
    const buttons = [...(card?.querySelectorAll("button") ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual(["Accept", "Decline"]);
    const list = holder.querySelector('[aria-label="Contacts"]');
    expect(list?.querySelectorAll("li")).toHaveLength(0);
  });

  it("Accept answers the requester and takes the card away", async () => {
    const accepted: string[] = [];
    live.session = fakeSession({
      acceptSubscription: async (jid) => void accepted.push(jid),
    });
    act(() => useRosterStore.getState().addRequest("carol@example.test"));
    const holder = document.createElement("div");
    act(() => createRoot(holder).render(<ContactsPanel />));

    const accept = [...holder.querySelectorAll("button")].find(
      (b) => b.textContent === "Accept",
    );
    await act(async () => accept?.click());

    expect(accepted).toEqual(["carol@example.test"]);
    expect(holder.querySelector(".request")).toBeNull();
  });
});
