#!/usr/bin/env node
// TypeScript run through tsx, like the gateway's CLI: no build step before `npx promptgate-server`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
