import { useSessionStore } from "../store";

/**
 * Shown instead of the password form while Pepper reconnects by itself,
 * with the login kept in memory or the keys "Remember me" kept.
 */
export function AutoReconnect({ retryAt }: { retryAt: number | null }) {
  const reconnectNow = useSessionStore((s) => s.reconnectNow);

  return (
    <section className="reconnect" aria-labelledby="reconnect-heading">
      <h2 id="reconnect-heading">Reconnecting</h2>
      <p className="reconnect-intro">
        Pepper keeps trying to reach your server
        {retryAt !== null && <>; next try at {clock(retryAt)}</>}. What you
        write now is kept and sent once you're back.
      </p>
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
