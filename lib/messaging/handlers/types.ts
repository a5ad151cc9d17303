import type { Db } from '../../db/open';
import type { MessageType, ParsedRequestOf, ReplyMap } from '../protocol';

export interface Env {
  db: Db;
  now: () => number;
}

export type Handler<K extends MessageType> = (req: ParsedRequestOf<K>, env: Env) => Promise<ReplyMap[K]>;

/** One feature's handlers: a file per feature, each listing the messages it answers. */
export type HandlersFor<K extends MessageType> = { [P in K]: Handler<P> };

export type Handlers = HandlersFor<MessageType>;
