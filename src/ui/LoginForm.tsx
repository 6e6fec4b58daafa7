import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../store";
import type { LoginDefaults } from "../store";
import "./LoginForm.css";

/**
 * Jabber ID, password and (under Advanced) the WebSocket URL. The password
 * lives in this component's state only until the form goes away.
 */
export function LoginForm({ initial }: { initial: LoginDefaults }) {
  const login = useSessionStore((s) => s.login);
  const busy = useSessionStore((s) => s.connection.status === "connecting");
  const [jid, setJid] = useState(initial.jid);
  const [password, setPassword] = useState("");
  const [service, setService] = useState(initial.service);
  const [remember, setRemember] = useState(false);
  const id = useId();
  const { t } = useTranslation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = { jid, password, remember };
    void login(service.trim() ? { ...form, service } : form);
  }

  return (
    <form className="login-form" onSubmit={submit}>
      <label htmlFor={`${id}-jid`}>{t("login.jid")}</label>
      <input
        id={`${id}-jid`}
        type="text"
        dir="auto"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        inputMode="email"
        placeholder={t("login.jidExample")}
        value={jid}
        onChange={(event) => setJid(event.target.value)}
      />

      <label htmlFor={`${id}-password`}>{t("login.password")}</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />

      <div className="login-remember">
        <input
          id={`${id}-remember`}
          type="checkbox"
          checked={remember}
          aria-describedby={`${id}-remember-hint`}
          onChange={(event) => setRemember(event.target.checked)}
        />
        <label htmlFor={`${id}-remember`}>{t("login.remember")}</label>
        <p id={`${id}-remember-hint`} className="login-hint">
          {t("login.rememberHint")}
        </p>
      </div>

      <details className="login-advanced" open={initial.advanced}>
        <summary>{t("login.advanced")}</summary>
        <label htmlFor={`${id}-service`}>{t("login.service")}</label>
        <input
          id={`${id}-service`}
          type="text"
          dir="ltr"
          inputMode="url"
          autoCapitalize="none"
          spellCheck={false}
          placeholder={t("login.serviceExample")}
          aria-describedby={`${id}-service-hint`}
          value={service}
          onChange={(event) => setService(event.target.value)}
        />
        <p id={`${id}-service-hint`} className="login-hint">
          {t("login.serviceHint")}
        </p>
      </details>

      <button type="submit" className="primary" disabled={busy}>
        {t("login.submit")}
      </button>
    </form>
  );
}
