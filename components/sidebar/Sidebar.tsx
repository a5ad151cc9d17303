import type { JSX, TargetedKeyboardEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ScreenContext } from '../../lib/sites/types';
import type { send as realSend } from '../../lib/messaging/client';
import type { ClientContextReply } from '../../lib/messaging/protocol';
import { awaitingSince, waitLevel } from '../../lib/model/awaiting';
import { displayName } from '../../lib/model/display-name';
import { contextKey } from '../../lib/sites/context-key';
import { t, tn } from '../../lib/i18n/t';
import { AddClient } from './AddClient';
import { ClientCard } from './ClientCard';
import { FilingFlags } from './FilingFlags';
import { ClientDeadlines } from './ClientDeadlines';
import { ErrorBox } from './ui';
import { MatterPeople } from './MatterPeople';
import { DocketPeople } from './DocketPeople';
import { DocketCase } from './DocketCase';
import { useSidebarData, type Prefetched } from './use-sidebar-data';

export interface SidebarProps {
  /** What is on screen now; null = nothing open. */
  context: ScreenContext | null;
  /** Injected (tests pass a fake). */
  send: typeof realSend;
  collapsed: boolean;
  /** Collapse/expand (the content script sizes the frame and remembers it); absent where the sidebar cannot collapse (a window, the side panel). */
  onToggle?: () => void;
  /** Esc: hand the keyboard back to the page the sidebar sits in. */
  onEscape?: () => void;
  /** The background's lookup for `context`, pushed with it: shown without asking again. */
  initial?: Prefetched;
  /** Clock, for tests. */
  now?: () => number;
  /** Bumped when client data may have changed elsewhere (mail logged, tab shown again): ask again. */
  refreshKey?: number;
  /** Choose this client when the reply holds it (a portal badge was clicked); a new object each time. */
  focus?: { clientId?: string };
  /** Shown when nothing is on screen (default: mail wording). */
  emptyText?: string;
  /** Show rejected-filing flags and the portal row's "Log filing" (one extra message per client). */
  filings?: boolean;
  /** The page is a known e-filing portal, or one the user marked so: its rows may be logged as filings. */
  logFilings?: boolean;
  /** Show the client's deadlines, promises and mood (three more messages per client shown). */
  deadlines?: boolean;
}

const DEFAULT_WAIT = { warnAfterHours: 24, urgentAfterHours: 72 };

function waitingFor(context: ScreenContext | null, emails: string[], reply: ClientContextReply | null, now: number) {
  const since = awaitingSince(context?.messages, emails, context?.self);
  if (since === undefined) return undefined;
  const thresholds = (reply as { awaiting?: typeof DEFAULT_WAIT } | null)?.awaiting ?? DEFAULT_WAIT;
  return { since, level: waitLevel(since, now, thresholds) };
}

/** A client found by a bare name only: asked about, not assumed. Confirming shows the card; it logs nothing. */
function NameOnly({ name, shown, onConfirm }: { name: string; shown: string; onConfirm: () => void }) {
  return (
    <div class="rp-ask">
      <p class="rp-name">{t('sidebar_name_only_question', { name })}</p>
      <p class="rp-muted">{t('sidebar_name_only_explain', { shown })}</p>
      <button type="button" class="rp-btn" onClick={onConfirm}>
        {t('sidebar_name_only_confirm', { name })}
      </button>
    </div>
  );
}

export function Sidebar(props: SidebarProps): JSX.Element {
  const { context, send, collapsed, onToggle, onEscape, now = Date.now, refreshKey = 0, focus, emptyText, filings, logFilings = true, initial, deadlines } = props;
  const { reply, loading, error, status, selected, setSelected, load, ops, created } = useSidebarData(context, send, now, refreshKey, initial);
  /** Name-only matches the user said are the right person, for this screen. */
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const screen = contextKey(context);
  useEffect(() => setConfirmed(new Set()), [screen]);
  useEffect(() => {
    if (focus?.clientId) setSelected(focus.clientId);
  }, [focus]);

  const matches = reply?.matches ?? [];
  const view = matches.find((m) => m.client.id === selected) ?? matches[0];
  const n = matches.length;

  const onTabKey = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const i = matches.indexOf(view!);
    const j =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (i + 1) % n
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (i - 1 + n) % n
      : e.key === 'Home' ? 0
      : e.key === 'End' ? n - 1
      : -1;
    if (j < 0) return;
    e.preventDefault();
    setSelected(matches[j]!.client.id);
    e.currentTarget.querySelectorAll<HTMLElement>('[role=tab]')[j]?.focus();
  };

  let body: JSX.Element | null;
  if (!context) body = <p class="rp-empty">{emptyText ?? t('sidebar_empty_mail')}</p>;
  else if (!reply) body = loading ? <p class="rp-empty">{t('sidebar_looking_up')}</p> : null;
  else
    body = (
      <>
        {n === 0 && reply.unknown.length === 0 && !reply.people?.length && <p class="rp-empty">{t('sidebar_no_clients')}</p>}
        {n > 1 && (
          <div role="tablist" aria-label={t('sidebar_clients_on_screen')} class="rp-tabs" onKeyDown={onTabKey}>
            {matches.map((m, i) => (
              <button
                key={m.client.id}
                type="button"
                role="tab"
                id={`rp-tab-${i}`}
                aria-controls={`rp-panel-${i}`}
                aria-selected={m === view}
                tabIndex={m === view ? 0 : -1}
                class="rp-tab-btn"
                onClick={() => setSelected(m.client.id)}
              >
                {displayName(m.client)}
                {m.nameOnly && !confirmed.has(m.client.id) ? '?' : ''}
              </button>
            ))}
          </div>
        )}
        {/* Every card stays mounted (hidden when not chosen) so a half-typed note survives a switch. */}
        {matches.map((m, i) => (
          <div
            key={m.client.id}
            role={n > 1 ? 'tabpanel' : undefined}
            id={`rp-panel-${i}`}
            aria-labelledby={n > 1 ? `rp-tab-${i}` : undefined}
            hidden={m !== view}
          >
            {m.nameOnly && !confirmed.has(m.client.id) ? (
              <NameOnly
                name={displayName(m.client)}
                shown={context.people.find((p) => !p.email && p.name)?.name ?? displayName(m.client)}
                onConfirm={() => setConfirmed((s) => new Set([...s, m.client.id]))}
              />
            ) : (
              <ClientCard
                view={m}
                ops={ops}
                waiting={waitingFor(context, m.client.emails, reply, now())}
                extra={
                  <>
                    {context.parties && m === view && <DocketPeople context={context} view={m} send={send} ops={ops} onSaved={load} />}
                    {filings && (
                      <FilingFlags clientId={m.client.id} context={context} send={send} onLogged={load} status={ops.status} refreshKey={refreshKey} canLog={logFilings} />
                    )}
                    {deadlines && m === view && (
                      <ClientDeadlines
                        clientId={m.client.id}
                        name={displayName(m.client)}
                        emails={m.client.emails}
                        send={send}
                        now={now}
                        status={ops.status}
                        refreshKey={refreshKey}
                        logNote={(summary) => ops.log({ clientId: m.client.id, kind: 'note', at: now(), summary, source: 'sidebar' })}
                      />
                    )}
                  </>
                }
              />
            )}
          </div>
        ))}
        {/* People on clients' matters come after the clients, and are never offered as new clients. */}
        {!!reply.people?.length && (
          <MatterPeople
            people={reply.people}
            send={send}
            now={now}
            onLogged={(what) => {
              ops.status(what);
              load();
            }}
          />
        )}
        {/* A docket nobody holds: its case can become a new client's matter, or an existing client's. */}
        {n === 0 && context.view === 'docket' && context.cases[0]?.caseNumber && (
          <DocketCase
            docket={context.cases[0]}
            send={send}
            onCreated={created}
            onAdded={(what) => {
              ops.status(what);
              load();
            }}
          />
        )}
        {reply.unknown.length > 0 && <AddClient unknown={reply.unknown} send={send} onCreated={created} />}
      </>
    );

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && onEscape && !e.defaultPrevented) {
      e.preventDefault();
      onEscape();
    }
  };

  return (
    <div class={collapsed ? 'rp-root rp-collapsed' : 'rp-root'} onKeyDown={onKeyDown}>
      {collapsed && onToggle && (
        <button
          type="button"
          class="rp-tab"
          aria-expanded="false"
          aria-label={n ? tn('sidebar_collapsed_tab', n) : t('ext_name')}
          onClick={onToggle}
        >
          <span class="rp-tab-label">{t('ext_name')}</span>
          {n > 0 && <span class="rp-badge">{n}</span>}
        </button>
      )}
      {/* Kept in the tree while collapsed, so nothing typed is lost. */}
      <div class="rp-panel" hidden={collapsed && !!onToggle}>
        <header class="rp-head">
          <h1 class="rp-title">{t('ext_name')}</h1>
          {onToggle && (
            <button type="button" class="rp-btn rp-hide" aria-expanded="true" aria-label={t('sidebar_hide')} title={t('sidebar_hide')} onClick={onToggle}>
              ⟩
            </button>
          )}
        </header>
        <div class="rp-live" role="status" aria-live="polite">
          {status}
        </div>
        {/* The page's main landmark: in a frame or a panel, the sidebar is a document of its own. */}
        <main class="rp-body" aria-busy={loading}>
          {error && (
            <div class="rp-top-err">
              <ErrorBox problem={error} />
              {error.code !== 'unreachable' && (
                <button type="button" class="rp-btn rp-link" onClick={load}>
                  {t('sidebar_try_again')}
                </button>
              )}
            </div>
          )}
          {body}
        </main>
      </div>
    </div>
  );
}
