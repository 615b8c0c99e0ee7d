import type { NativeImage } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FakeElectron } from './fake-electron.test-helper';
import { TrayMenu, trayStatus } from './tray-menu';

function trayWith(pending: number, startAtLogin = false) {
  const electron = new FakeElectron();
  const actions = { openWindow: vi.fn(), openApprovals: vi.fn(), setStartAtLogin: vi.fn(), quit: vi.fn() };
  const icon = { icon: true } as unknown as NativeImage;
  const menu = new TrayMenu(electron.api, icon, actions, { pending, startAtLogin });
  return { electron, actions, menu, tray: electron.tray };
}

describe('TrayMenu', () => {
  it('shows the protection status and pending count in the tooltip and menu', () => {
    const { tray } = trayWith(2);
    expect(tray.tooltip).toBe('promptgate: Protecting — 2 pending approvals');
    expect(tray.menu?.template.map((item) => item.label ?? item.type)).toEqual([
      'Protecting — 2 pending approvals',
      'separator',
      'Open promptgate',
      'Pending approvals: 2',
      'separator',
      'Start at login',
      'separator',
      'Quit promptgate',
    ]);
    expect(tray.item('Pending approvals: 2').enabled).toBe(true);
    expect(tray.item('Start at login')).toMatchObject({ type: 'checkbox', checked: false });
  });

  it('follows the pending count', () => {
    const { tray, menu } = trayWith(2);
    menu.update({ pending: 1 });
    expect(tray.tooltip).toBe('promptgate: Protecting — 1 pending approval');
    menu.update({ pending: 0 });
    expect(tray.tooltip).toBe('promptgate: Protecting — 0 pending approvals');
    expect(tray.item('Pending approvals: 0').enabled).toBe(false);
  });

  it('runs the action behind each item', () => {
    const { tray, actions } = trayWith(3, true);
    tray.click('Open promptgate');
    tray.click('Pending approvals: 3');
    tray.click('Start at login');
    tray.click('Quit promptgate');
    tray.emit('click');
    expect(actions.openWindow).toHaveBeenCalledTimes(2);
    expect(actions.openApprovals).toHaveBeenCalledTimes(1);
    expect(actions.setStartAtLogin).toHaveBeenCalledWith(false);
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('removes the icon on destroy', () => {
    const { tray, menu } = trayWith(0);
    menu.destroy();
    expect(tray.destroyed).toBe(true);
  });
});

describe('trayStatus', () => {
  it('uses the singular for one approval', () => {
    expect(trayStatus(1)).toBe('Protecting — 1 pending approval');
  });
});
