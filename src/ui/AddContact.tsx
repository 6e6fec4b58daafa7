import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useRosterStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";

/** Asks someone to share posts both ways (subscribe and subscribed). */
export function AddContact() {
  const adding = useRosterStore((s) => s.adding);
  const addContact = useRosterStore((s) => s.addContact);
  const [jid, setJid] = useState("");
  const id = useId();
  const { t } = useTranslation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await addContact(jid);
    if (useRosterStore.getState().adding.status === "idle") setJid("");
  }

  return (
    <form className="add-contact" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{t("contacts.add")}</label>
      <div className="add-contact-row">
        <input
          id={id}
          type="text"
          dir="auto"
          autoCapitalize="none"
          spellCheck={false}
          inputMode="email"
          placeholder={t("contacts.addExample")}
          value={jid}
          onChange={(event) => setJid(event.target.value)}
        />
        <button type="submit" disabled={adding.status === "adding"}>
          {t("contacts.addSubmit")}
        </button>
      </div>
      {adding.status === "failed" && <ErrorAlert code={adding.error} />}
    </form>
  );
}
