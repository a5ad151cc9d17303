// Steps 1 and 2: where the clients come from (Options does the importing, in
// a tab of its own so this page stays where it was) and the mail hosts
// Rapport works on. Neither saves anything.
import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../lib/i18n/t';
import { send } from '../../lib/messaging/client';
import { messageOf, StepFrame, type StepProps } from './step-frame';

// Names read when the step shows: the texts come from the browser's i18n.
const mailHosts = (): [string, string][] => [
  ['Gmail', 'mail.google.com'],
  [t('welcome_mail_outlook'), 'outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft'],
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
    <StepFrame {...props} id="step-clients" title={t('welcome_clients_title')} onNext={() => props.onDone('unchanged')}>
      <p>{t('welcome_clients_body')}</p>
      <p class="actions">
        <a class="button" href="/options.html#data" target="_blank" rel="noopener">
          {t('welcome_import_contacts')}
        </a>
        <a class="button secondary" href="/options.html" target="_blank" rel="noopener">
          {t('welcome_add_client')}
        </a>
      </p>
      <p class="client-count" role="status">
        {error || (count === null ? '' : count === 0 ? t('welcome_clients_none') : tn('welcome_clients_held', count))}
      </p>
      <p class="hint">{t('welcome_backup_hint')}</p>
    </StepFrame>
  );
}

export function MailStep(props: StepProps) {
  return (
    <StepFrame {...props} id="step-mail" title={t('welcome_mail_title')} onNext={() => props.onDone('unchanged')}>
      <p>{t('welcome_mail_intro')}</p>
      <ul class="mail-hosts">
        {mailHosts().map(([name, hosts]) => (
          <li key={name}>
            <strong>{name}</strong> <span class="hint">({hosts})</span>
          </li>
        ))}
      </ul>
      <p>{t('welcome_mail_body')}</p>
    </StepFrame>
  );
}
