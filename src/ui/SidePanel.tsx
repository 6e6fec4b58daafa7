import { AvatarForm } from "./AvatarForm";
import { ContactsPanel } from "./ContactsPanel";
import { FollowForm } from "./FollowForm";
import { LinksControl } from "./LinksControl";
import { NickForm } from "./NickForm";
import { NotificationsControl } from "./NotificationsControl";
import { VisibilitySetting } from "./VisibilitySetting";

/** The home screen's side panel: settings and contacts (see Home). */
export function SidePanel() {
  return (
    <>
      <NotificationsControl />
      <LinksControl />
      <NickForm />
      <AvatarForm />
      <VisibilitySetting />
      <FollowForm />
      <ContactsPanel />
    </>
  );
}
