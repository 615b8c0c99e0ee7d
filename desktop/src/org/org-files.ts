import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { z } from 'zod';

/** What enrollment leaves in the data directory: the server, this device's credential and the pinned keys. */
const enrollmentSchema = z.object({
  server: z.string().url(),
  deviceId: z.string(),
  deviceName: z.string(),
  /** The device credential. A bearer token for the org server only; the file is 0600 like the other secrets here. */
  token: z.string(),
  user: z.string(),
  groups: z.array(z.string()),
  pinnedKeys: z.array(z.record(z.string(), z.unknown())).min(1),
  /** Pinned kids that handed over to a successor: no new bundle from them is accepted. */
  retiredKids: z.array(z.string()).default([]),
  /** Pinned kids the org retired as compromised: nothing they signed is accepted. */
  revokedKids: z.array(z.string()).default([]),
  enrolledAt: z.int(),
});
export type Enrollment = Omit<z.output<typeof enrollmentSchema>, 'pinnedKeys'> & { pinnedKeys: JWK[] };
export type EnrollmentInput = Omit<z.input<typeof enrollmentSchema>, 'pinnedKeys'> & { pinnedKeys: JWK[] };

/** The last bundle that verified, for offline starts, and the newest version ever accepted (rollback guard). */
const bundleStateSchema = z.object({
  jws: z.string(),
  version: z.int().positive(),
  etag: z.string().nullable(),
  newestSeen: z.int().positive(),
  acceptedAt: z.int(),
});
export type BundleState = z.output<typeof bundleStateSchema>;

const ENROLLMENT_FILE = 'org-enrollment.json';
const BUNDLE_FILE = 'org-policy-bundle.json';

function readJson<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

/** Write-then-rename, so a crash leaves the old file or the new one, never half of one. */
function writeJson(file: string, value: unknown): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(value, null, 2), { mode: 0o600 });
  renameSync(temp, file);
}

export function readEnrollment(dataDir: string): Enrollment | undefined {
  return readJson<Enrollment>(join(dataDir, ENROLLMENT_FILE), enrollmentSchema);
}

export function writeEnrollment(dataDir: string, enrollment: Enrollment | EnrollmentInput): void {
  writeJson(join(dataDir, ENROLLMENT_FILE), enrollment);
}

export function readBundleState(dataDir: string): BundleState | undefined {
  return readJson(join(dataDir, BUNDLE_FILE), bundleStateSchema);
}

export function writeBundleState(dataDir: string, state: BundleState): void {
  writeJson(join(dataDir, BUNDLE_FILE), state);
}

/** A new enrollment (another org, or the same org again) starts without the previous org's bundle. */
export function clearBundleState(dataDir: string): void {
  rmSync(join(dataDir, BUNDLE_FILE), { force: true });
}
