import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './style.css';
import './game/ui/styles/controls.css';
import './game/ui/styles/menu.css';
import './game/ui/styles/encounter.css';
import './game/ui/styles/debrief.css';
import './game/ui/styles/history.css';
import './game/ui/styles/check.css';
import './game/ui/styles/progress.css';
import './game/ui/styles/profiles.css';
import './game/ui/styles/packs.css';
import './game/ui/styles/evidence-record.css';
import { App } from './game/app.ts';

const app = new App(document);
app.start().catch((error: unknown) => {
  // Last resort: say what happened instead of leaving a blank page.
  console.error(error);
  const screen = document.getElementById('screen');
  if (!screen) return;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Resolve could not start: ${error instanceof Error ? error.message : String(error)}`;
  screen.replaceChildren(message);
});
