// The portal adapters and the scanner with the tables at hand
// (identity/case-reader.ts): what a content script reads once the background
// has answered its questions. Unit tests and the benchmark read pages through
// this; a content script never imports it (it would carry the tables).

import { pageFacts, pageReader, tableReader } from '../../identity/case-reader';
import * as portals from './index';
import { matterFinder } from './matter-codes';
import type { PortalAdapter } from './reading';
import * as scanner from './scanner';
import type { ScanHit, ScanOptions } from './scanner';
import type { ScreenContext } from '../types';

export interface TableAdapter extends PortalAdapter {
  read(doc: Document, url: URL): ScreenContext | null;
}

/** An adapter that reads `url` with the tables. */
export const withTables = (a: PortalAdapter): TableAdapter => ({ ...a, read: (doc, url, r = pageReader(url)) => a.read(doc, url, r) });

export const pacer = withTables(portals.pacer);
export const odyssey = withTables(portals.odyssey);
export const oneLegal = withTables(portals.oneLegal);
export const fsx = withTables(portals.fsx);
export const genericPortal = withTables(portals.genericPortal);
export const EFILING_ADAPTERS = portals.EFILING_ADAPTERS.map(withTables);
export const efilingAdapterFor = (url: URL): TableAdapter | undefined => EFILING_ADAPTERS.find((a) => a.matches(url));
export const adapterForPage = (doc: Document, url: URL): TableAdapter => withTables(portals.adapterForPage(doc, url, pageFacts(url.hostname)));

/** Scanner options with the tables' reader, and known matter codes as a set. */
type TableScanOptions = Omit<Partial<ScanOptions>, 'matterCodes'> & { matterCodes?: ReadonlySet<string> };
const options = (o: TableScanOptions): ScanOptions => ({ ...o, reader: o.reader ?? tableReader, matterCodes: o.matterCodes && matterFinder(o.matterCodes) });

export const scanElement = (root: Element, o: TableScanOptions = {}): ScanHit[] => scanner.scanElement(root, options(o));
export const createScanner = (o: TableScanOptions = {}) => scanner.createScanner(options(o));
export { byRow } from './scanner';
