import { useTranslation } from "react-i18next";
import { useSessionStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { LoginForm } from "./LoginForm";
import "./LoginScreen.css";

/** What a person sees before any account is on screen. */
export function LoginScreen() {
  const connection = useSessionStore((s) => s.connection);
  const defaults = useSessionStore((s) => s.defaults);
  const error = connection.status === "logged-out" ? connection.error : null;
  const { t } = useTranslation();

  return (
    <section className="login-screen" aria-labelledby="login-heading">
      <h2 id="login-heading">{t("login.heading")}</h2>
      <p className="login-intro">{t("login.intro")}</p>
      {error && <ErrorAlert code={error} />}
      <LoginForm initial={defaults} />
    </section>
  );
}
