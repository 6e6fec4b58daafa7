import { useTranslation } from "react-i18next";
import { useSessionStore } from "../store";
import type { Connection } from "../store";
import "./ConnectionStatus.css";

const KEYS = {
  "logged-out": "connection.offline",
  connecting: "connection.connecting",
  online: "connection.online",
  offline: "connection.offline",
} as const satisfies Record<Connection["status"], string>;

/** The page's one `role="status"`: the state of the connection. */
export function ConnectionStatus() {
  const status = useSessionStore((s) => s.connection.status);
  const { t } = useTranslation();
  return (
    <p role="status" className="connection-status" data-status={status}>
      <span className="connection-dot" aria-hidden="true" />
      {t(KEYS[status])}
    </p>
  );
}
