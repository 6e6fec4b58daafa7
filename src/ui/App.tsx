import { useSessionStore } from "../store";
import { Header } from "./Header";
import { Home } from "./Home";
import { LoginScreen } from "./LoginScreen";
import { StorageNotice } from "./StorageNotice";
import "./App.css";
import "./Everyone.css";

/** The whole page: an account's home once one is on screen, else login. */
export function App() {
  const account = useSessionStore((s) => s.account);

  return (
    <div className="app">
      <Header />
      <StorageNotice />
      <main className="app-main">
        {account ? <Home account={account} /> : <LoginScreen />}
      </main>
    </div>
  );
}
