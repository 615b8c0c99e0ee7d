import type { Rule } from '../../../rule';
import { githubPat } from './github-pat';

export const rules: readonly Rule[] = [githubPat];
