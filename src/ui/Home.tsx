import { useSessionStore } from "../store";
import type { Account } from "../store";
import { Composer } from "./Composer";
import { ContactsPanel } from "./ContactsPanel";
import { FeedStatus } from "./FeedStatus";
import { NotificationsControl } from "./NotificationsControl";
import { PostSearch } from "./PostSearch";
import { ReconnectPanel } from "./ReconnectPanel";
import { Timeline } from "./Timeline";
import "./Home.css";

/** An account on screen: live when online, from the cache otherwise. */
export function Home({ account }: { account: Account }) {
  const online = useSessionStore((s) => s.connection.status === "online");

  return (
    <>
      {!online && <ReconnectPanel account={account} />}
      <div className="home">
        <section className="home-posts" aria-label="Posts">
          <PostSearch />
          <Composer />
          <FeedStatus />
          <Timeline />
        </section>
        <aside className="home-side">
          <NotificationsControl />
          <ContactsPanel />
        </aside>
      </div>
    </>
  );
}
