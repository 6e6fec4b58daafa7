import { startTransition, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfileStore, useSessionStore } from "../store";
import type { Account } from "../store";
import { AvatarForm } from "./AvatarForm";
import { Composer } from "./Composer";
import { ContactsPanel } from "./ContactsPanel";
import { FeedStatus } from "./FeedStatus";
import { FollowForm } from "./FollowForm";
import { LinksControl } from "./LinksControl";
import { NickForm } from "./NickForm";
import { NotificationsControl } from "./NotificationsControl";
import { PersonPage } from "./PersonPage";
import { PostSearch } from "./PostSearch";
import { ReconnectPanel } from "./ReconnectPanel";
import { Timeline } from "./Timeline";
import { VisibilitySetting } from "./VisibilitySetting";
import "./Home.css";

/** An account on screen: live when online, from the cache otherwise. */
export function Home({ account }: { account: Account }) {
  const online = useSessionStore((s) => s.connection.status === "online");
  const person = useProfileStore((s) => s.person);
  const openLinked = useProfileStore((s) => s.openLinked);
  const { t } = useTranslation();
  // The side panel (settings and contacts, a big render with thousands of
  // contacts) comes once the posts are on screen, after the next frame,
  // in a render React may interrupt: on a reload and when a login brings
  // the first feeds, its layout does not hold up their paint.
  const [withSide, setWithSide] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setWithSide(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  // An xmpp: link that opened Pepper shows its person once we are in.
  useEffect(openLinked, [openLinked]);

  return (
    <>
      {!online && <ReconnectPanel account={account} />}
      <div className="home">
        {person && <PersonPage person={person} />}
        <section
          className="home-posts"
          aria-label={t("home.posts")}
          hidden={!!person}
        >
          <PostSearch />
          <Composer />
          <FeedStatus />
          <Timeline />
        </section>
        <aside className="home-side">
          {withSide && (
            <>
              <NotificationsControl />
              <LinksControl />
              <NickForm />
              <AvatarForm />
              <VisibilitySetting />
              <FollowForm />
              <ContactsPanel />
            </>
          )}
        </aside>
      </div>
    </>
  );
}
