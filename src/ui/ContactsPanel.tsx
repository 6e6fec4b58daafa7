import { useTranslation } from "react-i18next";
import { AddContact } from "./AddContact";
import { ContactList } from "./ContactList";
import { Requests } from "./Requests";
import "./ContactsPanel.css";

/** Friends: requests to answer, the contact list, and adding someone. */
export function ContactsPanel() {
  const { t } = useTranslation();
  return (
    <section className="contacts-panel" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t("contacts.heading")}</h2>
      <Requests />
      <ContactList />
      <AddContact />
    </section>
  );
}
