import { useSessionStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { explainsRetry } from "./errorText";
import { clockTime } from "./time";
import { useWords } from "./useWords";

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
  const words = useWords();
  const { t } = words;

  return (
    <section className="reconnect" aria-labelledby="reconnect-heading">
      <h2 id="reconnect-heading">{t("reconnect.heading")}</h2>
      <p className="reconnect-intro">
        {retryAt === null
          ? t("reconnect.trying")
          : t("reconnect.tryingAt", { time: clockTime(words, retryAt) })}
      </p>
      {error && explainsRetry(error) && <ErrorAlert code={error} />}
      <button
        type="button"
        disabled={retryAt === null}
        onClick={() => void reconnectNow()}
      >
        {t("reconnect.now")}
      </button>
    </section>
  );
}
