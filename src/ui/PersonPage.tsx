import { useEffect, useId, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useProfileStore, useSessionStore, useTimelineStore } from "../store";
import type { Person } from "../store";
import { AboutForm } from "./AboutForm";
import { Avatar } from "./Avatar";
import { FollowButton } from "./FollowButton";
import { PersonAbout } from "./PersonAbout";
import { SearchResult } from "./SearchResult";
import "./PersonPage.css";

/**
 * Someone's page, opened from their name: their picture, nick, vCard
 * basics and posts. On our own page the vCard basics can be edited.
 */
export function PersonPage({ person }: { person: Person }) {
  const closePerson = useProfileStore((s) => s.closePerson);
  const sorted = useTimelineStore((s) => s.sorted);
  const posts = useMemo(
    () => sorted.filter((post) => post.publisher === person.jid),
    [sorted, person.jid],
  );
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = nameOf(person);
  const own = useSessionStore((s) => s.account?.jid === person.jid);
  const vcard = person.vcard.status === "known" ? person.vcard.vcard : null;
  const { t } = useTranslation();

  // Moving focus to the new page's heading tells a screen reader where
  // the click led; the Back button sits right before it.
  useEffect(() => heading.current?.focus(), [person.jid]);

  return (
    <section className="person-page" aria-labelledby={headingId}>
      <button type="button" onClick={closePerson}>
        {t("person.back")}
      </button>
      <h2 id={headingId} ref={heading} tabIndex={-1} dir="auto">
        {name}
      </h2>
      <bdi className="person-page-jid">{person.jid}</bdi>
      <Avatar
        jid={person.jid}
        name={name}
        size="large"
        label={t("person.picture", { name })}
      />
      {vcard && <PersonAbout vcard={vcard} />}
      {vcard && own && <AboutForm vcard={vcard} />}
      {!own && <FollowButton person={person} />}
      {posts.length === 0 ? (
        <p className="person-page-empty">{t("person.empty")}</p>
      ) : (
        <ul
          className="person-page-posts"
          aria-label={t("person.posts", { name })}
        >
          {posts.map((post) => (
            <SearchResult key={post.key} post={post} />
          ))}
        </ul>
      )}
    </section>
  );
}

function nameOf(person: Person): string {
  if (person.nick.status === "loading") return person.jid;
  return person.nick.nick ?? person.jid;
}
