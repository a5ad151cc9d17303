import { z } from 'zod';
import { t } from '../i18n/t';
import './zod-messages';


export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: () => t('errors_email') }));
