import type { Db } from '../../db/open';
import type { PortalApi } from '../../portals/user-portals';
import type { Caller } from '../caller';
import type { MessageType, ParsedRequestOf, ReplyMap } from '../protocol';
import type { ScreenHub } from '../screen-hub';
import type { InjectedScript } from '../../sites/efiling/injected';

/** Puts one of the portal scripts into one frame of a tab (lib/background/inject.ts). */
export interface ScriptInjector {
  inject(script: InjectedScript, tabId: number, frameId: number): Promise<void>;
}

export interface Env {
  db: Db;
  now: () => number;
  /** Who sent the message being handled (set by the router). */
  caller?: Caller;
  /** Pairs each tab's content script with its sidebar page (the background's; absent in most unit tests). */
  screens?: ScreenHub;
  /** The browser's script registration and permissions, for user-added portals (unit tests pass a fake). */
  portals?: PortalApi;
  /** Injects a portal script into a tab's frame (the background's; unit tests pass a fake). */
  scripts?: ScriptInjector;
  /** Told of every handled message and its full result, before the reply is cut to what the caller may see. */
  handled?: (type: MessageType, data: unknown) => void;
}

export type Handler<K extends MessageType> = (req: ParsedRequestOf<K>, env: Env) => Promise<ReplyMap[K]>;

/** One feature's handlers: a file per feature, each listing the messages it answers. */
export type HandlersFor<K extends MessageType> = { [P in K]: Handler<P> };

export type Handlers = HandlersFor<MessageType>;
