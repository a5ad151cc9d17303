// The brief page's body: loads one client's brief through a loader passed in
// (so the page holds no knowledge of the protocol) and renders it.
import { useEffect, useState } from 'preact/hooks';
import { assembleBrief, type Brief, type BriefInput } from '../../lib/brief/assemble';
import { PrepBrief } from './prep-brief';
import { t } from '../../lib/i18n/t';

export interface BriefPageProps {
  clientId: string | null;
  load: (clientId: string) => Promise<BriefInput>;
  locale?: string;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; brief: Brief };

export function BriefPage({ clientId, load, locale }: BriefPageProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    if (!clientId) {
      setState({ kind: 'error', message: t('brief_no_client') });
      return;
    }
    let live = true;
    load(clientId).then(
      (input) => {
        if (!live) return;
        const brief = assembleBrief(input);
        document.title = t('brief_title', { name: brief.who.name });
        setState({ kind: 'ready', brief });
      },
      (e: unknown) => live && setState({ kind: 'error', message: e instanceof Error && e.message ? e.message : t('brief_error_load') }),
    );
    return () => {
      live = false;
    };
  }, [clientId, load]);

  if (state.kind === 'loading') return <p aria-busy="true">{t('brief_preparing')}</p>;
  if (state.kind === 'error') return <p role="alert">{state.message}</p>;
  return <PrepBrief brief={state.brief} locale={locale} />;
}
