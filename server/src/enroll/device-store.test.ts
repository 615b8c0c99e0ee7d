import { describe, expect, it } from 'vitest';
import { testDb } from '../testing/memory-db';
import { DeviceStore } from './device-store';
import { EnrollmentRefusedError } from './errors';

describe('DeviceStore (frozen clock)', () => {
  it('a code works once, typed in any case or spacing, and yields a credential with the user and groups', () => {
    const { db, clock } = testDb();
    const devices = new DeviceStore(db, clock.now);
    const { code } = devices.createCode({ user: 'frank@example.com', groups: ['eng'], createdBy: 'admin', ttlMs: 60_000 });
    const { device, token } = devices.redeem(` ${code.toLowerCase().replace(/-/g, ' ')} `, 'frank-laptop');
    expect(device).toMatchObject({ user: 'frank@example.com', groups: ['eng'], name: 'frank-laptop' });
    expect(devices.verify(token)?.id).toBe(device.id);
    expect(() => devices.redeem(code, 'again')).toThrow(EnrollmentRefusedError);
  });

  it('an expired code is refused; a revoked device credential stops working', () => {
    const { db, clock } = testDb();
    const devices = new DeviceStore(db, clock.now);
    const late = devices.createCode({ user: 'g@example.com', groups: [], createdBy: 'admin', ttlMs: 1000 });
    clock.advance(1000);
    expect(() => devices.redeem(late.code, 'x')).toThrow(EnrollmentRefusedError);
    const { device, token } = devices.redeem(devices.createCode({ user: 'g@example.com', groups: [], createdBy: 'admin', ttlMs: 1000 }).code, 'x');
    expect(devices.revoke(device.id)).toBe(true);
    expect(devices.verify(token)).toBeUndefined();
  });
});
