import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { Contact } from "../model";
import { Avatar } from "./Avatar";
import { contactName, sharingText } from "./contactText";
import { errorText } from "./errorText";

interface Props {
  readonly contact: Contact;
  /** How their feed answered, when it is a way of sharing (case-17). */
  readonly feedNote?: string | undefined;
}

/** Everything a contact row holds; the list decides the `li` around it. */
export const ContactRow = memo(function ContactRow(props: Props) {
  const { contact, feedNote } = props;
  const name = contactName(contact);
  const { t } = useTranslation();

  return (
    <div className="contact">
      <Avatar jid={contact.jid} name={name} />
      <span
        className="contact-dot"
        data-availability={contact.availability}
        aria-hidden="true"
      />
      <div className="contact-text">
        <bdi className="contact-name" dir="auto">
          {name}
        </bdi>
        {name !== contact.jid && (
          <bdi className="contact-jid" dir="auto">
            {contact.jid}
          </bdi>
        )}
        <span className="contact-meta" dir="auto">
          {t(`contacts.${contact.availability}`)} · {sharingText(t, contact)}
        </span>
        {feedNote && (
          <span className="contact-note" dir="auto">
            {errorText(t, feedNote)}
          </span>
        )}
      </div>
    </div>
  );
});
