// Steps 1 and 2: where the clients come from (Options does the importing, in
// a tab of its own so this page stays where it was) and the mail hosts
// Rapport works on. Neither saves anything.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/client';
import { messageOf, StepFrame, type StepProps } from './step-frame';

const MAIL_HOSTS: [string, string][] = [
  ['Gmail', 'mail.google.com'],
  ['Outlook on the web', 'outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft'],
];

export function ClientsStep(props: StepProps) {
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () =>
      send('listClients', { limit: 1 }).then(
        (r) => {
          setCount(r.total);
          setError('');
        },
        (e) => setError(messageOf(e)),
      );
    void load();
    // The import happens in Options' own tab: count again when the user comes back here.
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', load);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', load);
    };
  }, []);

  return (
    <StepFrame {...props} id="step-clients" title="Bring in your clients" onNext={() => props.onDone('unchanged')}>
      <p>
        Import contacts from Google, Outlook or Clio (CSV), any other CSV or a vCard file — you see a preview before anything is saved — or add a client by hand.
        Options opens in a new tab; this page stays here.
      </p>
      <p class="actions">
        <a class="button" href="/options.html#data" target="_blank" rel="noopener">
          Import contacts
        </a>
        <a class="button secondary" href="/options.html" target="_blank" rel="noopener">
          Add a client
        </a>
      </p>
      <p class="client-count" role="status">
        {error || (count === null ? '' : count === 0 ? 'Rapport holds no clients yet.' : `Rapport holds ${count === 1 ? '1 client' : `${count} clients`} now.`)}
      </p>
      <p class="hint">Rapport reminds you to back up once your last backup is a month old; Options → Data saves one file with everything (Back up now).</p>
    </StepFrame>
  );
}

export function MailStep(props: StepProps) {
  return (
    <StepFrame {...props} id="step-mail" title="Where Rapport works" onNext={() => props.onDone('unchanged')}>
      <p>Open a client’s e-mail in:</p>
      <ul class="mail-hosts">
        {MAIL_HOSTS.map(([name, hosts]) => (
          <li key={name}>
            <strong>{name}</strong> <span class="hint">({hosts})</span>
          </li>
        ))}
      </ul>
      <p>
        Rapport shows who the conversation is with, beside the mail, and logs the mail you read from and send to clients (you can turn that off in Settings). Reload
        any of these that was already open before you installed Rapport.
      </p>
    </StepFrame>
  );
}
