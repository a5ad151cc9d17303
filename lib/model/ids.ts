// Random ids for records: RFC 4122 version 4 UUIDs, as crypto.randomUUID
// makes them, but from a pool of random bytes filled 1,024 ids at a time.
// In the extension's worker randomUUID costs about 5 µs a call (one trip to
// the browser's random source each); a restore or a bulk import that gives
// ids to 200,000 interactions spent a second of its commit there. The bytes
// come from the same cryptographic source (crypto.getRandomValues).

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const POOL_IDS = 1024;
let pool: Uint8Array<ArrayBuffer> | undefined;
let at = 0;

/** Random id for records; crypto exists in workers, extension pages and content scripts. */
export function newId(): string {
  if (!pool || at === pool.length) {
    pool ??= new Uint8Array(16 * POOL_IDS);
    crypto.getRandomValues(pool);
    at = 0;
  }
  const b = pool;
  const o = at;
  at += 16;
  // Version 4 in the high nibble of byte 6, the RFC 4122 variant in the two high bits of byte 8.
  return `${HEX[b[o]!]}${HEX[b[o + 1]!]}${HEX[b[o + 2]!]}${HEX[b[o + 3]!]}-${HEX[b[o + 4]!]}${HEX[b[o + 5]!]}-${HEX[(b[o + 6]! & 0x0f) | 0x40]}${HEX[b[o + 7]!]}-${HEX[(b[o + 8]! & 0x3f) | 0x80]}${HEX[b[o + 9]!]}-${HEX[b[o + 10]!]}${HEX[b[o + 11]!]}${HEX[b[o + 12]!]}${HEX[b[o + 13]!]}${HEX[b[o + 14]!]}${HEX[b[o + 15]!]}`;
}
