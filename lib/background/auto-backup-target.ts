/** Messages from the worker to the offscreen document carry this `target`, so no other page takes them for its own. */
export const OFFSCREEN_TARGET = 'rapport-offscreen';
