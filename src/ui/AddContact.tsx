import { useState } from "react";
import type { FormEvent } from "react";
import { useRosterStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { JidInput } from "./JidInput";

/** Asks someone to share posts both ways (subscribe and subscribed). */
export function AddContact() {
  const adding = useRosterStore((s) => s.adding);
  const addContact = useRosterStore((s) => s.addContact);
  const [jid, setJid] = useState("");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await addContact(jid);
    if (useRosterStore.getState().adding.status === "idle") setJid("");
  }

  return (
    <form className="add-contact" onSubmit={(event) => void submit(event)}>
      <JidInput
        label="Add contact"
        action="Add"
        kind="add-contact"
        placeholder="friend@example.org"
        value={jid}
        onChange={setJid}
        disabled={adding.status === "adding"}
      />
      {adding.status === "failed" && <ErrorAlert code={adding.error} />}
    </form>
  );
}
