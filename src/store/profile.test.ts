import { beforeEach, describe, expect, it } from "vitest";
import { PepperError } from "../xmpp";
import { live } from "./live";
import { useProfileStore } from "./profile";
import { fakeSession, ME, resetAll } from "./testFakes";

const profile = () => useProfileStore.getState();
const CAROL = "carol@example.test";

describe("profile store", () => {
  beforeEach(() => {
    resetAll();
    profile().reset();
  });

  it("#saveNick publishes the trimmed nick and remembers it", async () => {
    const sent: string[] = [];
    live.session = fakeSession({
      setNick: async (nick) => void sent.push(nick),
    });

    await profile().saveNick("  Eve E. ");

    expect(sent).toEqual(["Eve E."]);
    expect(profile().ownNick).toBe("Eve E.");
    expect(profile().save).toEqual({ status: "saved" });
  });

  it("#saveNick keeps the server's refusal as an error code", async () => {
    live.session = fakeSession({
      setNick: () => Promise.reject(new PepperError("forbidden")),
    });

    await profile().saveNick("Eve");

    expect(profile().save).toEqual({ status: "failed", error: "forbidden" });
  });

  it("#saveNick says offline without a session", async () => {
    await profile().saveNick("Eve");

    expect(profile().save).toEqual({ status: "failed", error: "offline" });
  });

  it("#openPerson shows the JID at once, then their nick", async () => {
    live.session = fakeSession({ fetchNick: async () => "Carol Cook" });

    const opening = profile().openPerson(CAROL);
    expect(profile().person?.nick).toEqual({ status: "loading" });
    await opening;

    expect(profile().person).toEqual({
      jid: CAROL,
      nick: { status: "known", nick: "Carol Cook" },
      vcard: { status: "known", vcard: {} },
    });
  });

  it("#openPerson drops a nick that arrives after the page closed", async () => {
    live.session = fakeSession({ fetchNick: async () => "Carol Cook" });

    const opening = profile().openPerson(CAROL);
    profile().closePerson();
    await opening;

    expect(profile().person).toBeNull();
  });

  it("#openPerson reads their vCard basics beside the nick", async () => {
    live.session = fakeSession({
      fetchVcard: async () => ({ note: "Bakes bread" }),
    });

    await profile().openPerson(CAROL);

    expect(profile().person?.vcard).toEqual({
      status: "known",
      vcard: { note: "Bakes bread" },
    });
  });

  it("#saveAbout publishes trimmed fields and shows them on our page", async () => {
    const sent: unknown[] = [];
    live.session = fakeSession({ setVcard: async (b) => void sent.push(b) });
    await profile().openPerson(ME);

    await profile().saveAbout({ fn: " Me Myself ", note: "  " });

    expect(sent).toEqual([{ fn: "Me Myself" }]);
    expect(profile().person?.vcard).toEqual({
      status: "known",
      vcard: { fn: "Me Myself" },
    });
    expect(profile().aboutSave).toEqual({ status: "saved" });
  });
});
