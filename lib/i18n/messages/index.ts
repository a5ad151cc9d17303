// The whole catalogue. Each area keeps its own file, its keys prefixed with the
// area's name, so people translating different parts never edit the same file.
import { brief } from './brief';
import { clients } from './clients';
import { common } from './common';
import { courtDays } from './court-days';
import { data } from './data';
import { deadlines } from './deadlines';
import { docket } from './docket';
import { errors } from './errors';
import { holidays } from './holidays';
import { host } from './host';
import { ics } from './ics';
import { identity } from './identity';
import { importMessages } from './import';
import { popup } from './popup';
import { promise } from './promise';
import { settings } from './settings';
import { sidebar } from './sidebar';
import { welcome } from './welcome';

export const MESSAGES = {
  ...common,
  ...sidebar,
  ...clients,
  ...brief,
  ...settings,
  ...popup,
  ...deadlines,
  ...data,
  ...welcome,
  ...docket,
  ...host,
  ...errors,
  ...importMessages,
  ...holidays,
  ...courtDays,
  ...ics,
  ...promise,
  ...identity,
};
