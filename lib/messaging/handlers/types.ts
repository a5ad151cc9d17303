import type { Db } from '../../db/open';
import type { PortalApi } from '../../portals/user-portals';
import type { Caller } from '../caller';
import type { MessageType, ParsedRequestOf, ReplyMap } from '../protocol';
import type { ScreenHub } from '../screen-hub';

export interface Env {
  db: Db;
  now: () => number;
  /** Who sent the message being handled (set by the router). */
  caller?: Caller;
  /** Pairs each tab's content script with its sidebar page (the background's; absent in most unit tests). */
  screens?: ScreenHub;
  /** The browser's script registration and permissions, for user-added portals (unit tests pass a fake). */
  portals?: PortalApi;
  /** Told of every handled message and its full result, before the reply is cut to what the caller may see. */
  handled?: (type: MessageType, data: unknown) => void;
}

export type Handler<K extends MessageType> = (req: ParsedRequestOf<K>, env: Env) => Promise<ReplyMap[K]>;

/** One feature's handlers: a file per feature, each listing the messages it answers. */
export type HandlersFor<K extends MessageType> = { [P in K]: Handler<P> };

export type Handlers = HandlersFor<MessageType>;
