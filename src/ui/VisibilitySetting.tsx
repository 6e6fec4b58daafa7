import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useId } from "react";
import { useVisibilityStore } from "../store";
import type { AccessModel } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import "./FollowForm.css";

/**
 * Who sees my posts: friends (presence) or everyone (open), as the server
 * has our microblog node. Until the server has said, the choice waits.
 */
export function VisibilitySetting() {
  const audience = useVisibilityStore((s) => s.audience);
  const change = useVisibilityStore((s) => s.change);
  const choose = useVisibilityStore((s) => s.choose);
  const id = useId();
  const { t } = useTranslation();

  const model =
    change.status === "saving"
      ? change.model
      : audience.status === "known"
        ? audience.model
        : "";
  const offered = model === "presence" || model === "open";

  return (
    <div className="visibility-setting">
      <label htmlFor={id}>{t("audience.label")}</label>
      <select
        id={id}
        value={model}
        disabled={audience.status === "unknown" || change.status === "saving"}
        onChange={(event) => void choose(event.target.value as AccessModel)}
      >
        {!offered && (
          <option value={model} disabled>
            {model === "" ? t("audience.checking") : t("audience.elsewhere")}
          </option>
        )}
        <option value="presence">{t("audience.friends")}</option>
        <option value="open">{t("audience.everyone")}</option>
      </select>
      {change.status === "failed" && <ErrorAlert code={change.error} />}
    </div>
  );
}

/** The composer's line: whom a new post reaches. */
export function audienceText(t: TFunction, model: string): string {
  if (model === "presence") return t("audience.visibleFriends");
  if (model === "open") return t("audience.visibleEveryone");
  return t("audience.visibleElsewhere");
}
