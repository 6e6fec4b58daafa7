import { useTranslation } from "react-i18next";
import { useSessionStore } from "../store";
import { ConnectionStatus } from "./ConnectionStatus";
import { LanguageSelect } from "./LanguageSelect";
import { LogoutControl } from "./LogoutControl";
import "./Header.css";

export function Header() {
  const account = useSessionStore((s) => s.account);
  const { t } = useTranslation();

  return (
    <header className="header">
      <div className="header-brand">
        <h1 className="header-title">{t("app.name")}</h1>
        <ConnectionStatus />
      </div>
      <div className="header-account">
        <LanguageSelect />
        {account && (
          <>
            <bdi className="header-jid" dir="auto">
              {account.jid}
            </bdi>
            <LogoutControl />
          </>
        )}
      </div>
    </header>
  );
}
