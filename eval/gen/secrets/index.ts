import type { SecretFormat } from '../format';
import { ai } from './ai';
import { cloud } from './cloud';
import { codehost } from './codehost';
import { connection } from './connection';
import { infra } from './infra';
import { keys } from './keys';
import { observability } from './observability';
import { registry } from './registry';
import { chat, payments, saas, social } from './saas';

export const secretFormats: readonly SecretFormat[] = [
  ...cloud,
  ...codehost,
  ...chat,
  ...saas,
  ...social,
  ...payments,
  ...ai,
  ...registry,
  ...infra,
  ...observability,
  ...keys,
  ...connection,
];
