// Functions that run INSIDE the extension's service worker (passed to
// `sw.evaluate`), so they must be self-contained: no imports, no closures over
// this module. They talk to the background only through
// `globalThis.rapport.dispatch` — the same validated router the UI's messages go
// through — and time themselves with the worker's performance.now().

/**
 * Installs, in the worker, a generator of a realistic small-firm database
 * (deterministic from `seed`: installing it again starts the same data over)
 * and `globalThis.__rapportBench`, which stages the next `n` clients as a
 * chunk of a bulk job (bulkStage), commits the job (bulkCommit), and times
 * only those dispatches. One chunk is generated at a time so the worker's
 * heap never holds the whole data set (a 200,000-object heap would make the
 * writes pay for garbage collection the product never causes).
 */
export function installSeeder({ perClient, seed }) {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const pad = (n, w) => String(n).padStart(w, '0');
  const slug = (x) => x.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '');

  const FIRST = ['Maria', 'Jose', 'Wei', 'Priya', 'James', 'Linh', 'Ahmed', 'Sofia', 'Daniel', 'Grace', 'Miguel', 'Aisha', 'Robert', 'Mei', 'Carlos', 'Hannah', 'Arjun', 'Elena', 'David', 'Yuki', 'Fatima', 'Thomas', 'Ana', 'Kevin', 'Leila', 'Samuel', 'Camila', 'Andrew', 'Nadia', 'Luis', 'Olivia', 'Hiroshi', 'Rosa', 'Michael', 'Esther', 'Juan', 'Tanya', 'William', 'Isabel', 'Omar', 'Catherine', 'Minh', 'Rachel', 'Diego', 'Sarah', 'Tariq', 'Jennifer', 'Ravi', 'Lucia', 'Patrick'];
  const LAST = ['Garcia', 'Nguyen', 'Kim', 'Patel', 'Hernandez', 'Chen', 'Lopez', 'Martinez', 'Wong', 'Singh', 'Rodriguez', 'Lee', 'Gonzalez', 'Tran', 'Park', 'Ramirez', 'Cohen', 'Shah', 'Flores', 'Sanchez', 'Okafor', 'Huang', 'Rivera', 'Murphy', 'Torres', 'Yamamoto', 'Khan', 'Becker', "O'Brien", 'Alvarez', 'Castillo', 'Nakamura', 'Morales', 'Reyes', 'Wu', 'Thompson', 'Ortiz', 'Sullivan', 'Gupta', 'Delgado', 'Fischer', 'Vargas', 'Liu', 'Mendoza', 'Chavez', 'Jackson', 'Romero', 'Ali', 'Dang', 'Whitfield'];
  const NICK = { William: 'Bill', Robert: 'Bob', Michael: 'Mike', Thomas: 'Tom', Daniel: 'Dan', Catherine: 'Kate', Jennifer: 'Jen', Samuel: 'Sam', Patrick: 'Pat', Andrew: 'Drew', Jose: 'Pepe', Elena: 'Lena', Isabel: 'Isa', Hiroshi: 'Hiro' };
  const ORG_A = ['Golden', 'Pacific', 'Sierra', 'Bay', 'Mission', 'Redwood', 'Harbor', 'Coastal', 'Valley', 'Summit', 'Sunset', 'Oak', 'Delta', 'Central', 'Monterey'];
  const ORG_B = ['Bakery', 'Logistics', 'Vineyards', 'Dental', 'Construction', 'Imports', 'Realty', 'Auto Body', 'Farms', 'Software', 'Cleaners', 'Landscaping', 'Trucking', 'Medical Group', 'Design'];
  const PERSONAL = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'sbcglobal.net', 'hotmail.com'];
  const COURTS = ['LA Superior Court, Stanley Mosk', 'San Francisco Superior Court', 'San Diego Superior Court', 'Contra Costa Superior Court', 'Santa Clara Superior Court', 'Orange County Superior Court'];
  const FEDERAL_COURTS = ['N.D. Cal.', 'C.D. Cal.'];
  const TOPICS = ['the lease renewal', 'the deposition schedule', 'the settlement offer', 'discovery responses', 'the mediation brief', 'custody schedule', 'the permit appeal', 'the insurance claim', 'the demand letter', 'the estate inventory', 'the employment agreement', 'the motion to compel'];
  const VERBS = { 'email-in': ['Asked about', 'Sent documents for', 'Questions on', 'Worried about'], 'email-out': ['Sent update on', 'Replied re', 'Shared draft of', 'Followed up on'], call: ['Call about', 'Walked through', 'Quick call re'], meeting: ['Meeting on', 'Strategy session on'], note: ['Note:', 'Reminder to check'], filing: ['Filed papers for', 'Court filed'] };
  const KINDS = ['email-in', 'email-in', 'email-in', 'email-in', 'email-in', 'email-in', 'email-in', 'email-out', 'email-out', 'email-out', 'email-out', 'email-out', 'email-out', 'email-out', 'call', 'call', 'call', 'meeting', 'note', 'filing'];
  const FAMILY = ['Married; two kids in elementary school.', 'Recently divorced; one daughter at UC Davis.', 'Cares for an elderly mother.', 'Husband runs the business with her.', 'Three grandchildren; visits them on Sundays.', ''];
  const INTERESTS = ['Dodgers season tickets.', 'Trail running and marathons.', 'Sourdough competitions.', 'Sailing on the bay.', 'Vintage motorcycles.', 'Volunteers at the food bank.', ''];

  // Case-number shapes seen in California state and federal courts; `k` makes each unique.
  const CASE = [
    (k, yy) => `${yy}STCV1${pad(k, 4)}`, // LA Superior, 22STCV11897
    (k, yy) => `${pick([2, 3, 4, 5])}:${yy}-cv-0${pad(k, 4)}${rnd() < 0.5 ? pick(['-RS', '-JSC', '-EMC', '-BLF']) : ''}`, // N.D./C.D. Cal. CM/ECF
    (k, yy) => `37-20${yy}-000${pad(k, 5)}-CU-${pick(['BC', 'PO', 'OR', 'TT'])}-CTL`, // San Diego statewide CMS
    (k, yy) => `CGC-${yy}-5${pad(k, 5)}`, // San Francisco
    (k, yy) => `${yy}CV0${pad(k, 4)}`, // Napa/Sonoma-style 23CV00274
    (k, yy) => `MSC${yy}-0${pad(k, 4)}`, // Contra Costa
    (k, yy) => `${yy}FL0${pad(k, 5)}`, // family law 17FL002438
    (k) => `BC6${pad(k, 5)}`, // older LA civil BC123456
  ];
  const now = Date.now();
  const DAY = 86_400_000;
  let matterSeq = 0;
  let msgSeq = 1_850_000_000_000_000_000n;

  let i = 0;
  const nextClient = () => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const preferredName = NICK[first] && rnd() < 0.6 ? NICK[first] : undefined;
    const hasOrg = rnd() < 0.4;
    const org = hasOrg ? `${pick(ORG_A)} ${last} ${pick(ORG_B)}` : undefined;
    // Unique per client: the index keeps addresses distinct across 10,000 people who share names.
    const domain = hasOrg ? `${slug(org)}${i}.com` : pick(PERSONAL);
    const local = hasOrg ? slug(first) : `${slug(first)}.${slug(last)}${i}`;
    const emails = [`${local}@${domain}`];
    if (rnd() < 0.2) emails.push(`${slug(first)}${slug(last)}.${i}@${pick(PERSONAL)}`);
    const matters = [];
    const nMatters = rnd() < 0.75 ? (rnd() < 0.2 ? 2 : 1) : 0;
    for (let m = 0; m < nMatters; m++) {
      const seq = matterSeq++;
      const shape = seq % CASE.length;
      const yy = 17 + Math.floor(rnd() * 9);
      matters.push({
        id: crypto.randomUUID(),
        caseNumber: CASE[shape](Math.floor(seq / CASE.length), yy),
        caseName: `${last} v. ${pick(ORG_A)} ${pick(ORG_B)}`,
        // The court fits the number (a state number in a state court): matching is court-aware.
        court: shape === 1 ? pick(FEDERAL_COURTS) : pick(COURTS),
        ...(rnd() < 0.6 ? { matterCode: `${slug(last).slice(0, 3).toUpperCase()}-20${yy}-${pad(seq, 5)}` } : {}),
      });
    }
    const client = {
      name,
      ...(preferredName ? { preferredName } : {}),
      ...(org ? { organisation: org } : {}),
      emails,
      phones: [`(${pick([415, 510, 408, 213, 310, 619, 559, 707])}) 555-${pad(Math.floor(rnd() * 10000), 4)}`],
      domains: hasOrg && rnd() < 0.3 ? [domain] : [],
      matters,
      notes: {
        family: pick(FAMILY),
        interests: pick(INTERESTS),
        background: rnd() < 0.5 ? `Client since 20${17 + Math.floor(rnd() * 9)}; ${org ? `owns ${org}` : 'individual matter'}.` : '',
        howWeMet: rnd() < 0.3 ? 'Referred by a former client.' : '',
        notes: rnd() < 0.3 ? 'Prefers calls after 2 pm.' : '',
      },
      goals:
        rnd() < 0.6
          ? [{ id: crypto.randomUUID(), text: `Resolve ${pick(TOPICS)}`, acceptableOutcome: 'Settlement within six months', status: 'open', updatedAt: now - Math.floor(rnd() * 300) * DAY }]
          : [],
      ...(rnd() < 0.5 ? { cadence: { idealDays: pick([7, 14, 30]), maxDays: pick([30, 45, 60]) } } : {}),
      tags: [pick(['litigation', 'family', 'business', 'estate', 'employment', 'real-estate'])],
    };
    const interactions = [];
    for (let j = 0; j < perClient; j++) {
      const kind = pick(KINDS);
      const at = now - Math.floor(rnd() * 3 * 365 * DAY);
      interactions.push({
        kind,
        at,
        summary: `${pick(VERBS[kind])} ${pick(TOPICS)}`,
        ...(rnd() < 0.3 ? { sentiment: Math.floor(rnd() * 5) - 2 } : {}),
        source: 'import',
        ...(kind.startsWith('email') ? { messageId: `msg-f:${msgSeq++}` } : {}),
      });
    }
    const entry = { name, display: preferredName || name, email: emails[0], cases: matters.map((m) => m.caseNumber) };
    i++;
    return { record: { client, interactions }, entry };
  };

  const dispatch = async (message) => {
    const r = await globalThis.rapport.dispatch(message);
    if (!r.ok) throw new Error(`${message.type} failed: ${r.error.message}`);
    return r.data;
  };

  globalThis.__rapportBench = {
    /** Generates the next `n` records only (the bare baseline writes them itself). */
    generate: (n) => Array.from({ length: n }, nextClient),
    /**
     * Generates the next `n` clients and stages them as chunk `seq` of bulk
     * job `job` (one bulkStage message: validated, written to the staging
     * store). Times only the dispatch.
     */
    async stage(job, seq, n) {
      const tg = performance.now();
      const made = Array.from({ length: n }, nextClient);
      const genMs = performance.now() - tg;
      const t = performance.now();
      const data = await dispatch({ type: 'bulkStage', payload: { job, seq, records: made.map((m) => m.record) } });
      const ms = performance.now() - t;
      const index = made.map((m, k) => ({ ...m.entry, id: data.ids[k] }));
      return { ms, genMs, start: t, end: t + ms, clients: made.length, interactions: made.reduce((x, m) => x + m.record.interactions.length, 0), index };
    },
    async begin() {
      return (await dispatch({ type: 'bulkBegin', payload: { kind: 'import' } })).job;
    },
    /** bulkCommit: every staged record into the live stores in one transaction. */
    async commit(job) {
      const t = performance.now();
      const data = await dispatch({ type: 'bulkCommit', payload: { job } });
      return { ms: performance.now() - t, start: t, ...data };
    },
    status: (job) => dispatch({ type: 'bulkStatus', payload: { job } }),
  };
}

/** Stages the next `n` generated clients as chunk `seq` of `job` (see installSeeder). */
export function stageBatch([job, seq, n]) {
  if (!globalThis.__rapportBench) throw new Error('The service worker restarted during seeding; its generator is gone.');
  return globalThis.__rapportBench.stage(job, seq, n);
}

export const beginJob = () => globalThis.__rapportBench.begin();
export const commitJob = (job) => globalThis.__rapportBench.commit(job);
export const jobStatus = (job) => globalThis.__rapportBench.status(job).catch(() => null);

/**
 * The bare-IndexedDB baselines, in the worker, in the same run: the time the
 * browser needs to write the same data with no indexes and no code around it.
 * `records`: the data set regenerated (same seed: the same clients and
 * interactions) and written one record per client and per interaction — what a
 * plain store of these records costs. `stored`: exactly the records Rapport
 * stored (clients, stats, history pages), copied from its database — what the
 * disk needs for Rapport's own layout. Both write `batchClients` clients per
 * transaction, as the seeding does; only the writes are timed. The databases
 * are deleted afterwards.
 */
export async function bareBaselines({ batchClients, clients }) {
  const open = (name, stores) =>
    new Promise((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => {
        for (const [store, keyPath] of stores) r.result.createObjectStore(store, { keyPath });
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  const drop = (name) =>
    new Promise((resolve) => {
      const r = indexedDB.deleteDatabase(name);
      r.onsuccess = r.onerror = r.onblocked = () => resolve();
    });
  const req = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });

  // 1. The same data, one record each, no indexes.
  await drop('rapport-bench-bare-records');
  const bare = await open('rapport-bench-bare-records', [
    ['clients', 'id'],
    ['interactions', 'id'],
  ]);
  let recordsMs = 0;
  let written = 0;
  for (let doneClients = 0; doneClients < clients; doneClients += batchClients) {
    const made = globalThis.__rapportBench.generate(Math.min(batchClients, clients - doneClients));
    const t = performance.now();
    const tx = bare.transaction(['clients', 'interactions'], 'readwrite');
    const cs = tx.objectStore('clients');
    const is = tx.objectStore('interactions');
    for (const { record } of made) {
      const id = crypto.randomUUID();
      cs.put({ ...record.client, id, createdAt: 0, updatedAt: 0 });
      for (const i of record.interactions) is.put({ ...i, id: crypto.randomUUID(), clientId: id });
      written += 1 + record.interactions.length;
    }
    await done(tx);
    recordsMs += performance.now() - t;
  }
  bare.close();
  await drop('rapport-bench-bare-records');

  // 2. Rapport's own stored records, copied: clients, stats, history pages.
  const ours = await new Promise((resolve, reject) => {
    const r = indexedDB.open('rapport');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  await drop('rapport-bench-bare-stored');
  const same = await open('rapport-bench-bare-stored', [
    ['clients', 'id'],
    ['stats', 'id'],
    ['history', ['clientId', 'at', 'id']],
  ]);
  let storedMs = 0;
  let storedRecords = 0;
  let after = null;
  for (;;) {
    const read = ours.transaction(['clients', 'stats', 'history']);
    const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const cs = await req(read.objectStore('clients').getAll(range, batchClients));
    if (!cs.length) break;
    after = cs.at(-1).id;
    const ss = await Promise.all(cs.map((c) => req(read.objectStore('stats').get(c.id))));
    const hs = (await Promise.all(cs.map((c) => req(read.objectStore('history').getAll(IDBKeyRange.bound([c.id], [c.id, []])))))).flat();
    const t = performance.now();
    const tx = same.transaction(['clients', 'stats', 'history'], 'readwrite');
    for (const c of cs) tx.objectStore('clients').put(c);
    for (const x of ss) if (x) tx.objectStore('stats').put(x);
    for (const h of hs) tx.objectStore('history').put(h);
    await done(tx);
    storedMs += performance.now() - t;
    storedRecords += cs.length + ss.length + hs.length;
  }
  ours.close();
  same.close();
  await drop('rapport-bench-bare-stored');
  return { records: { ms: recordsMs, records: written }, stored: { ms: storedMs, records: storedRecords } };
}

/**
 * Times the background's answers inside the worker: identity lookups
 * (getClientContext by e-mail, by case number, for a stranger) and the
 * options page's search (listClients), each call one full dispatch —
 * validation, lookup, and building the reply.
 */
export async function lookupsInWorker({ emails, cases, strangers, queries, warmup }) {
  const { dispatch } = globalThis.rapport;
  const call = async (message) => {
    const t = performance.now();
    const r = await dispatch(message);
    const ms = performance.now() - t;
    if (!r.ok) throw new Error(`${message.type} failed: ${r.error.message}`);
    return { ms, data: r.data };
  };
  const context = (people, cases) => ({ type: 'getClientContext', payload: { context: { site: 'bench', url: 'x', people, cases } } });

  for (const w of warmup) await call(context([{ email: w, role: 'from' }], []));

  const out = { email: [], caseNumber: [], stranger: [], listQuery: [], listAll: [], misses: { email: 0, caseNumber: 0 }, listTotals: [] };
  for (const { email, id } of emails) {
    const { ms, data } = await call(context([{ email, role: 'from' }], []));
    out.email.push(ms);
    if (!data.matches.some((m) => m.client.id === id)) out.misses.email++;
  }
  for (const { caseNumber, id } of cases) {
    const { ms, data } = await call(context([], [{ caseNumber }]));
    out.caseNumber.push(ms);
    if (!data.matches.some((m) => m.client.id === id)) out.misses.caseNumber++;
  }
  for (const email of strangers) out.stranger.push((await call(context([{ email, role: 'from' }], []))).ms);
  for (const query of queries) {
    const { ms, data } = await call({ type: 'listClients', payload: { query } });
    out.listQuery.push(ms);
    out.listTotals.push(data.total);
  }
  for (let i = 0; i < 10; i++) out.listAll.push((await call({ type: 'listClients', payload: {} })).ms);
  // Whole-database scans the background runs on its own (when the build has them):
  // the toolbar badge's overdue count after every write, and the "Losing touch" list.
  out.badge = [];
  out.losingTouch = [];
  if (typeof globalThis.rapport.refreshBadge === 'function')
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await globalThis.rapport.refreshBadge();
      out.badge.push(performance.now() - t);
    }
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await dispatch({ type: 'losingTouch', payload: {} });
    if (!r.ok) break;
    out.losingTouch.push(performance.now() - t);
  }
  return out;
}
