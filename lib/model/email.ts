import { z } from 'zod';

z.config({ jitless: true });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Not a valid e-mail address' }));
