// CPU time used by a Chromium instance and all its processes (browser,
// renderers, the extension's service worker, utilities), read from /proc.
// On a shared, loaded machine wall time swings with whatever else runs;
// CPU time mostly does not, so before/after comparisons use both.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

function stats() {
  const out = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const raw = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields start after its last ')'.
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while we read.
    }
  }
  return out;
}

/** The browser's process: the one whose command line names this profile folder (`--user-data-dir=<dir>`) and whose parent does not. */
function browserPid(profileDir, all) {
  const named = [...all.keys()].filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profileDir}`);
    } catch {
      return false;
    }
  });
  return named.find((pid) => !named.includes(all.get(pid).ppid));
}

/** CPU milliseconds used so far by the Chromium run on `profileDir` and its live child processes; null when none is found (not Linux). */
export function chromiumCpuMs(profileDir) {
  let all;
  try {
    all = stats();
  } catch {
    return null;
  }
  const root = browserPid(profileDir, all);
  if (root === undefined) return null;
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, s] of all)
      if (!tree.has(pid) && tree.has(s.ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let ticks = 0;
  for (const pid of tree) ticks += all.get(pid).ticks;
  return ticks * TICK_MS;
}
