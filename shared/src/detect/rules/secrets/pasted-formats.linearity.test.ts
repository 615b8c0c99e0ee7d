import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { MAX_STEPS_GROWTH, repeatToSize, stepsGrowth } from '../../work-meter';
import { awsSecretAccessKeyNearId } from './cloud/aws-secret-access-key-near-id';
import { djangoSecretKey } from './infra/django-secret-key';
import { kubernetesSecretData } from './infra/kubernetes-secret-data';
import { jwtBase64 } from './keys/jwt-base64';
import { facebookAppAccessToken } from './social/facebook-app-access-token';

/**
 * Rules for formats people paste read around their anchors (a Secret manifest's document, the digits before a
 * `|`, 400 characters either side of an AWS key id): repeating their anchors must still cost work linear in
 * the text. Work is counted by the meter, never timed.
 */
const INPUTS: ReadonlyArray<{ name: string; units: readonly string[] }> = [
  { name: 'Secret manifests without a document separator', units: ['kind: Secret\ndata:\n  password: ', 'WGs5IW1QMnEjUjd2\n'] },
  { name: 'Secret kinds on one line', units: ['kind: Secret ', '"kind": "Secret", '] },
  { name: 'separated Secret documents', units: ['---\nkind: Secret\nstringData:\n  token: "Zq7xT9vLp2zRk8Wn4yBqH3"\n'] },
  { name: 'bars after digits', units: ['3917402856193746|', '|', '39174028561937461|a1b2'] },
  { name: 'AWS key ids close together', units: ['AKIA2E0A8F3B244C9986 ', 'Hq7vTn2KxW9pLm4RzY8sBc3DfG6jNa1EuQ5tVo0i '] },
  { name: 'an AWS key id in a long base64 run', units: ['AKIA2E0A8F3B244C9986 ', 'Hq7vTn2KxW9pLm4RzY8sBc3DfG6jNa1EuQ5tVo0i'.repeat(40)] },
  { name: 'Django and base64 JWT prefixes', units: ['django-insecure-', 'ZXlK', 'django-insecure-g-)3an=n%j#'] },
];

const engine = createEngine([kubernetesSecretData, facebookAppAccessToken, awsSecretAccessKeyNearId, djangoSecretKey, jwtBase64]);

describe('rules for pasted formats do work linear in the text', () => {
  for (const input of INPUTS) {
    it(`on ${input.name}`, () => {
      expect(stepsGrowth(engine, (size) => repeatToSize(input.units, size))).toBeLessThanOrEqual(MAX_STEPS_GROWTH);
    });
  }
});
