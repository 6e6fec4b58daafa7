import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useRosterStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { JidInput } from "./JidInput";

/** Asks someone to share posts both ways (subscribe and subscribed). */
export function AddContact() {
  const adding = useRosterStore((s) => s.adding);
  const addContact = useRosterStore((s) => s.addContact);
  const [jid, setJid] = useState("");
  const { t } = useTranslation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await addContact(jid);
    if (useRosterStore.getState().adding.status === "idle") setJid("");
  }

  return (
    <form className="add-contact" onSubmit={(event) => void submit(event)}>
      <JidInput
        label={t("contacts.add")}
        action={t("contacts.addSubmit")}
        kind="add-contact"
        placeholder={t("contacts.addExample")}
        value={jid}
        onChange={setJid}
        disabled={adding.status === "adding"}
      />
      {adding.status === "failed" && <ErrorAlert code={adding.error} />}
    </form>
  );
}
