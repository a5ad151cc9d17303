import { describe, expect, it } from 'vitest';
import { newId } from '../../../lib/model/ids';

describe('newId', () => {
  it('makes version 4 UUIDs, all different, across many refills of its pool', () => {
    const ids = Array.from({ length: 5000 }, newId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every hex digit in the random positions (no byte lost to formatting)', () => {
    const seen = new Set(Array.from({ length: 2000 }, newId).flatMap((id) => [...id.replace(/-/g, '').slice(0, 12)]));
    expect([...seen].sort().join('')).toBe('0123456789abcdef');
  });
});
