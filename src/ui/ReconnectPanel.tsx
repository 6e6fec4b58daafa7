import { useSessionStore } from "../store";
import type { Account, LoginDefaults } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { LoginForm } from "./LoginForm";
import "./ReconnectPanel.css";

/**
 * Shown above cached contacts and posts while offline: the password is
 * never stored, so reconnecting asks for it.
 */
export function ReconnectPanel({ account }: { account: Account }) {
  const connection = useSessionStore((s) => s.connection);
  const defaults = useSessionStore((s) => s.defaults);
  const error = connection.status === "offline" ? connection.error : null;

  return (
    <section className="reconnect" aria-labelledby="reconnect-heading">
      <h2 id="reconnect-heading">You're offline</h2>
      <p className="reconnect-intro">
        These are the posts Pepper remembers. Enter your password to see what's
        new.
      </p>
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
