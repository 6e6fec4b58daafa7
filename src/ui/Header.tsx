import { useSessionStore } from "../store";
import { ConnectionStatus } from "./ConnectionStatus";
import { LogoutControl } from "./LogoutControl";
import "./Header.css";

export function Header() {
  const account = useSessionStore((s) => s.account);

  return (
    <header className="header">
      <div className="header-brand">
        <h1 className="header-title">Pepper</h1>
        <ConnectionStatus />
      </div>
      {account && (
        <div className="header-account">
          <bdi className="header-jid" dir="auto">
            {account.jid}
          </bdi>
          <LogoutControl />
        </div>
      )}
    </header>
  );
}
