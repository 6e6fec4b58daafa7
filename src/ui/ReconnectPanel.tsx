import { useTranslation } from "react-i18next";
import { useSessionStore } from "../store";
import type { Account, Connection, LoginDefaults } from "../store";
import { AutoReconnect } from "./AutoReconnect";
import { ErrorAlert } from "./ErrorAlert";
import { LoginForm } from "./LoginForm";
import "./ReconnectPanel.css";

/**
 * Shown above cached contacts and posts while offline. After a lost
 * connection Pepper retries with the login it kept in memory; after a
 * reload, or when the server refused that login, it asks for the
 * password, which is never stored.
 */
export function ReconnectPanel({ account }: { account: Account }) {
  const connection = useSessionStore((s) => s.connection);
  const defaults = useSessionStore((s) => s.defaults);
  const error = connection.status === "offline" ? connection.error : null;
  const auto = automatic(connection);
  const { t } = useTranslation();
  if (auto) return <AutoReconnect retryAt={auto.retryAt} error={error} />;

  return (
    <section className="reconnect" aria-labelledby="reconnect-heading">
      <h2 id="reconnect-heading">{t("reconnect.offlineHeading")}</h2>
      <p className="reconnect-intro">{t("reconnect.offlineIntro")}</p>
      {error && <ErrorAlert code={error} />}
      <LoginForm initial={initialFor(account, defaults)} />
    </section>
  );
}

function initialFor(account: Account, defaults: LoginDefaults): LoginDefaults {
  // `?ws=` wins over the URL remembered from the last login.
  const service = defaults.service || (account.service ?? "");
  return { jid: account.jid, service, advanced: defaults.advanced };
}

/** Whether Pepper is reconnecting by itself, and when it tries next. */
function automatic(connection: Connection): { retryAt: number | null } | null {
  if (connection.status === "connecting" && connection.reconnecting) {
    return { retryAt: null };
  }
  if (connection.status === "offline" && connection.retryAt !== undefined) {
    return { retryAt: connection.retryAt };
  }
  return null;
}
