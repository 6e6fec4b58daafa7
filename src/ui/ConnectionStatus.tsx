import { useSessionStore } from "../store";
import type { Connection } from "../store";
import "./ConnectionStatus.css";

const WORDS: Record<Connection["status"], string> = {
  "logged-out": "Offline",
  connecting: "Connecting…",
  online: "Online",
  offline: "Offline",
};

/** The page's one `role="status"`: the state of the connection. */
export function ConnectionStatus() {
  const status = useSessionStore((s) => s.connection.status);
  return (
    <p role="status" className="connection-status" data-status={status}>
      <span className="connection-dot" aria-hidden="true" />
      {WORDS[status]}
    </p>
  );
}
