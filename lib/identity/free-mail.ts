// Public mail services: anyone can get an address there, so the domain says
// nothing about who the person works for. Conflict checks never match people
// by these domains, and a firm's domain is never guessed from one.
//
// Source (checked 2026-11): the `common.json` list of the email-providers npm
// package 2.26.0 (derhuerst/email-providers, ISC; built from
// goware/emailproviders, ranked by the Majestic Million), keeping only the
// services that hand a mailbox to anyone who signs up, plus each provider's
// documented alias domains (googlemail.com for Gmail; ymail.com and
// rocketmail.com for Yahoo; me.com and mac.com for iCloud; pm.me and
// protonmail.ch for Proton; the mail.com family's vanity domains such as
// lawyer.com) and the mail domains of large US, UK, Australian and Canadian
// internet providers (spectrum.net, twc.com, btopenworld.com …). Left out on purpose: domains that are also an organisation's
// own (facebook.com, go.com, clerk.com, discovery.com, ancestry.com,
// sky.com …), where a shared domain does say something about the
// organisation. Larger lists were considered and not used: the 8,700-domain
// `all.json` and free-email-domains (14,000, also disposable domains, and its
// install script downloads the list, which an offline CI cannot do) both
// count such company domains as free mail.

const DOMAINS = `
gmail.com googlemail.com
outlook.com hotmail.com live.com msn.com windowslive.com passport.com
yahoo.com ymail.com rocketmail.com
aol.com aim.com
icloud.com me.com mac.com
protonmail.com protonmail.ch proton.me pm.me
tutanota.com tutanota.de tuta.io tuta.com
zoho.com zohomail.com
fastmail.com fastmail.fm hushmail.com mailbox.org posteo.de posteo.net hey.com duck.com runbox.com mailfence.com
mail.com email.com usa.com post.com lawyer.com consultant.com accountant.com doctor.com engineer.com myself.com writeme.com iname.com europe.com asia.com
gmx.com gmx.net gmx.de gmx.at gmx.ch web.de t-online.de freenet.de arcor.de online.de
yandex.com yandex.ru ya.ru mail.ru inbox.ru list.ru bk.ru rambler.ru
qq.com foxmail.com 163.com 126.com yeah.net sina.com sina.cn sohu.com aliyun.com
naver.com hanmail.net daum.net nate.com
rediffmail.com
libero.it virgilio.it tin.it alice.it tiscali.it
orange.fr wanadoo.fr free.fr laposte.net sfr.fr neuf.fr club-internet.fr
seznam.cz centrum.cz wp.pl o2.pl interia.pl onet.pl
btinternet.com btopenworld.com ntlworld.com talktalk.net blueyonder.co.uk
bigpond.com bigpond.net.au optusnet.com.au iinet.net.au
shaw.ca sympatico.ca
uol.com.br bol.com.br terra.com.br ig.com.br
comcast.net att.net sbcglobal.net bellsouth.net pacbell.net swbell.net ameritech.net prodigy.net flash.net
verizon.net cox.net charter.net spectrum.net rr.com roadrunner.com twc.com earthlink.net mindspring.com
optonline.net optimum.net juno.com netzero.net netzero.com frontiernet.net centurylink.net q.com qwest.net
windstream.net embarqmail.com mchsi.com cableone.net suddenlink.net wowway.com rcn.com
`;

const SET: ReadonlySet<string> = new Set(DOMAINS.split(/\s+/).filter(Boolean));

// The big providers' country domains (yahoo.co.uk, hotmail.fr, outlook.jp,
// gmx.ch …) are too many to list; they all follow <brand>.<country>.
const COUNTRY_VARIANT = /^(?:yahoo|hotmail|outlook|live|msn|aol|gmx|yandex)\.(?:(?:com?|net)\.)?[a-z]{2}$/;

/** True for a public mail service's domain (case-insensitive; a leading "@" is ignored). */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  return SET.has(d) || COUNTRY_VARIANT.test(d);
}

/** How many named domains the list holds (for the report of what a check covered). */
export const FREE_MAIL_DOMAIN_COUNT = SET.size;
