import { contextRule } from '../../define';
import { isPlaceholderMac } from './mac-address';

/**
 * A MAC address as Windows prints it (`00-1A-2B-3C-4D-5E`, `ipconfig /all`, `getmac`) or as Cisco does
 * (`0012.3456.789a`). Without colons the shapes are common in part numbers and serials, so a word that names
 * a hardware address must come before it on its line.
 */
export const macAddressDashed = contextRule({
  id: 'mac-address-dashed',
  title: 'MAC address (dashed or dotted)',
  category: 'pii',
  severity: 'low',
  confidence: 0.7,
  keywords: ['mac', 'physical address', 'hardware address', 'hwaddr', 'ether', 'bssid', 'adapter'],
  pattern: /[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/,
  minLength: 14,
  maxLength: 17,
  // Dotted digits alone are a date or a version (`2024.0115.0042`) far more often than a MAC address.
  validate: (value) => !isPlaceholderMac(value.replace(/[-.]/g, '').toLowerCase()) && (!value.includes('.') || /[A-Fa-f]/.test(value)),
});
