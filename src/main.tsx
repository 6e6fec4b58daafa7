import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

function Placeholder() {
  return <h1>Pepper</h1>;
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Placeholder />
    </StrictMode>,
  );
}
