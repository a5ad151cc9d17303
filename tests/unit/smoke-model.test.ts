import { describe, expect, it } from 'vitest';
import { clientInputSchema } from '../../lib/model/client';

describe('client input', () => {
  it('lower-cases addresses and rejects a bad one', () => {
    expect(clientInputSchema.parse({ name: 'Ana', emails: [' Ana@Acme.COM '] }).emails).toEqual(['ana@acme.com']);
    expect(clientInputSchema.safeParse({ name: 'Ana', emails: ['nope'] }).success).toBe(false);
  });
});
