import { Trans, useTranslation } from "react-i18next";
import { useRosterStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";

/** People who asked to see our presence and posts. */
export function Requests() {
  const requests = useRosterStore((s) => s.requests);
  const answerError = useRosterStore((s) => s.answerError);
  const accept = useRosterStore((s) => s.acceptRequest);
  const decline = useRosterStore((s) => s.declineRequest);
  const { t } = useTranslation();
  if (requests.length === 0) return null;

  return (
    <section className="requests" aria-labelledby="requests-heading">
      <h3 id="requests-heading">{t("contacts.requests")}</h3>
      <ul role="list" className="request-list">
        {requests.map((jid) => (
          <li key={jid} className="request">
            <p className="request-text">
              <Trans
                i18nKey="contacts.wants"
                values={{ jid }}
                components={{ who: <bdi dir="auto" /> }}
              />
            </p>
            <div className="request-actions">
              <button type="button" onClick={() => void accept(jid)}>
                {t("contacts.accept")}
              </button>
              <button
                type="button"
                className="quiet"
                onClick={() => void decline(jid)}
              >
                {t("contacts.decline")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {answerError && <ErrorAlert code={answerError.error} />}
    </section>
  );
}
