// @vitest-environment jsdom
// case-29 on screen: an avatar is an image only when one could be shown,
// otherwise initials; and a vCard's link follows the post link rules.
import { act, type ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { beforeEach, describe, expect, it } from "vitest";
import { useAvatarStore } from "../src/store";
import { Avatar, initials } from "../src/ui/Avatar";
import { PersonAbout } from "../src/ui/PersonAbout";

// React's act() warns unless the environment says it is a test.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

function render(element: ReactElement): HTMLElement {
  const holder = document.createElement("div");
  act(() => createRoot(holder).render(element));
  return holder;
}

const ALICE = "alice@example.test";
const ID = "f99124b13759d67edc5d08495013546a962b5ebb";

describe("Avatar", () => {
  beforeEach(() => useAvatarStore.getState().reset());

  it("shows initials, hidden from screen readers, with no avatar", () => {
    useAvatarStore.getState().showCached([{ jid: ALICE, id: null }]);
    const shown = render(<Avatar jid={ALICE} name="Alice Adams" />);

    expect(shown.querySelector("img")).toBeNull();
    const letters = shown.querySelector(".avatar-initials");
    expect(letters?.textContent).toBe("AA");
    expect(letters?.getAttribute("aria-hidden")).toBe("true");
  });

  it("shows initials for an avatar that could not be shown", () => {
    useAvatarStore.getState().showCached([{ jid: ALICE, id: ID }]);
    const shown = render(<Avatar jid={ALICE} name="Alice" />);

    expect(shown.querySelector("img")).toBeNull();
    expect(shown.textContent).toBe("A");
  });

  it("shows the image with an empty alt beside the name", () => {
    const url = "data:image/png;base64,AQID";
    useAvatarStore.getState().showCached([{ jid: ALICE, id: ID, url }]);
    const img = render(<Avatar jid={ALICE} name="Alice" />).querySelector(
      "img",
    );

    expect(img?.getAttribute("src")).toBe(url);
    expect(img?.getAttribute("alt")).toBe("");
    // No width or height from anyone's metadata: CSS sizes it.
    expect(img?.hasAttribute("width")).toBe(false);
  });

  it("names the large initials when they stand for the picture", () => {
    const shown = render(
      <Avatar jid={ALICE} name="Alice" size="large" label="Picture of Alice" />,
    );
    const letters = shown.querySelector(".avatar-large");

    expect(letters?.getAttribute("role")).toBe("img");
    expect(letters?.getAttribute("aria-label")).toBe("Picture of Alice");
  });
});

describe("initials", () => {
  it("takes a JID's local part, and letters beyond the BMP whole", () => {
    expect(initials("bob.baker@example.test")).toBe("BB");
    expect(initials("𝒜lice")).toBe("𝒜");
  });
});

describe("PersonAbout", () => {
  it("links a web URL that has a host, and shows nothing for one without", () => {
    const good = render(<PersonAbout vcard={{ url: "https://a.test/" }} />);
    expect(good.querySelector("a")?.getAttribute("rel")).toContain("noopener");

    const bad = render(<PersonAbout vcard={{ url: "http://#$%^&*(" }} />);
    expect(bad.querySelector("a")).toBeNull();
  });
});
