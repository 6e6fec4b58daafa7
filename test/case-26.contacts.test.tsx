// @vitest-environment jsdom
// case-26: the contact list of a roster of 8,000 renders the rows in view,
// not 8,000 rows, and says how long the whole list is.
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useRosterStore } from "../src/store";
import { ContactList } from "../src/ui/ContactList";
import { parseRosterResult } from "../src/xmpp/roster";
import { case26Roster } from "./fixtures";

// React's act() warns unless the environment says it is a test.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

describe("case-26: the contact list", () => {
  afterEach(() => {
    useRosterStore.getState().reset();
    vi.restoreAllMocks();
  });

  it("renders a window of the 8,000 contacts, each row knowing its place", () => {
    const result = parseRosterResult(case26Roster(), "bob@example.test");
    if (result.kind !== "roster") throw new Error("case-26 holds a roster");
    act(() => useRosterStore.getState().setRoster(result.items, "big-1"));

    // jsdom lays nothing out: the scroller says it is a screen tall.
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
    const holder = document.createElement("div");
    act(() => createRoot(holder).render(<ContactList />));

    const list = holder.querySelector('[aria-label="Contacts"]');
    const rows = list?.querySelectorAll("li") ?? [];
    expect(list?.getAttribute("role")).toBe("list");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]?.getAttribute("aria-setsize")).toBe("8000");
    expect(rows[0]?.textContent).toContain("User 1");
  });
});
