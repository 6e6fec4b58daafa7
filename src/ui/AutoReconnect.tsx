import { useSessionStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { explainsRetry } from "./errorText";

/**
 * Shown instead of the password form while Pepper reconnects by itself,
 * with the login kept in memory or the keys "Remember me" kept; with the
 * last failure's alert when it says something about the server that the
 * person may want to pass on (case-20).
 */
export function AutoReconnect({
  retryAt,
  error = null,
}: {
  retryAt: number | null;
  error?: string | null | undefined;
}) {
  const reconnectNow = useSessionStore((s) => s.reconnectNow);

  return (
    <section className="reconnect" aria-labelledby="reconnect-heading">
      <h2 id="reconnect-heading">Reconnecting</h2>
      <p className="reconnect-intro">
        Pepper keeps trying to reach your server
        {retryAt !== null && <>; next try at {clock(retryAt)}</>}. What you
        write now is kept and sent once you're back.
      </p>
      {error && explainsRetry(error) && <ErrorAlert code={error} />}
      <button
        type="button"
        disabled={retryAt === null}
        onClick={() => void reconnectNow()}
      >
        Reconnect now
      </button>
    </section>
  );
}

function clock(at: number): string {
  return new Date(at).toLocaleTimeString();
}
