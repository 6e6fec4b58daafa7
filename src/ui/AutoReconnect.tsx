import { useSessionStore } from "../store";
import { clockTime } from "./time";
import { useWords } from "./useWords";

/**
 * Shown instead of the password form while Pepper reconnects by itself,
 * with the login kept in memory or the keys "Remember me" kept.
 */
export function AutoReconnect({ retryAt }: { retryAt: number | null }) {
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
