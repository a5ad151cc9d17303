// The first-run page: opened once, on install (lib/background/display.ts), and
// again from the options page's footer. Each step is a link or a choice the
// user may skip; nothing here writes client data.
import { render } from 'preact';
import { DisplaySettings } from '../../components/display/DisplaySettings';
import { followTheme } from '../../components/display/theme';
import '../../components/page-base.css';
import './welcome.css';

const MAIL_HOSTS = ['Gmail (mail.google.com)', 'Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft)'];

function Welcome() {
  return (
    <main class="welcome">
      <header>
        <h1>Welcome to Rapport</h1>
        <p class="lead">
          Rapport keeps what you know about each client — family, goals, the outcomes they would accept, when you last spoke — and shows it beside their e-mail and
          their court filings.
        </p>
        <p class="promise">
          <strong>Nothing leaves this computer.</strong> Your clients live in this browser’s own storage; Rapport has no server, no account and no analytics. The
          pages you visit cannot read what it shows. <a href="/privacy.html">Privacy policy</a>
        </p>
        <p>Five short steps; skip any of them and come back from Options whenever you like.</p>
      </header>

      <ol class="steps">
        <li>
          <section aria-labelledby="step-clients">
            <h2 id="step-clients">Bring in your clients</h2>
            <p>Import contacts from Google, Outlook or Clio (CSV), any other CSV or a vCard file — you see a preview before anything is saved — or add a client by hand.</p>
            <p class="actions">
              <a class="button" href="/options.html#data">Import contacts</a>
              <a class="button secondary" href="/options.html">Add a client</a>
            </p>
            <p class="hint">
              Rapport reminds you to back up once your last backup is a month old; Options → Data saves one file with everything (Back up now).
            </p>
          </section>
        </li>
        <li>
          <section aria-labelledby="step-mail">
            <h2 id="step-mail">Where Rapport works</h2>
            <p>Open a client’s e-mail in:</p>
            <ul>
              {MAIL_HOSTS.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
            <p>Reload any of them that was already open, and Rapport shows who the conversation is with.</p>
          </section>
        </li>
        <li>
          <section aria-labelledby="step-portals">
            <h2 id="step-portals">Your e-filing portals</h2>
            <p>
              PACER CM/ECF, Tyler eFile and Odyssey, One Legal and File &amp; ServeXpress are recognised already: a badge appears beside each case number that is a
              client’s. Add your county or state court’s portal from the list by state.
            </p>
            <p class="actions">
              <a class="button secondary" href="/options.html#settings">Choose portals</a>
            </p>
          </section>
        </li>
        <li>
          <section aria-labelledby="step-touch">
            <h2 id="step-touch">Keeping in touch</h2>
            <p>How often you want to hear from clients, and the hour of the daily reminder of who is due.</p>
            <p class="actions">
              <a class="button secondary" href="/options.html#settings">Set the defaults</a>
            </p>
          </section>
        </li>
        <li>
          <DisplaySettings title="Where the sidebar shows" />
        </li>
      </ol>

      <footer>
        <a class="button" href="/options.html">Done: go to my clients</a>
      </footer>
    </main>
  );
}

followTheme();
const root = document.getElementById('app');
if (root) render(<Welcome />, root);
