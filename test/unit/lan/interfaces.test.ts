import type { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isBindable, isUnspecified, listInterfaces } from '../../../main/core/lan/interfaces';

const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({
  address,
  family,
  internal,
  netmask: '',
  mac: '00:00:00:00:00:00',
  cidr: null,
  ...(family === 'IPv6' ? { scopeid: 0 } : {}),
});

const table = {
  lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
  wlan0: [entry('192.168.1.20', 'IPv4'), entry('fe80::1', 'IPv6'), entry('fd00::2', 'IPv6')],
  hotspot: [entry('10.42.0.1', 'IPv4')],
} as unknown as ReturnType<typeof networkInterfaces>;

describe('network interfaces', () => {
  it('lists the venue’s networks first, never link-local or “all interfaces”', () => {
    expect(listInterfaces(table).map((i) => `${i.name} ${i.address}`)).toEqual([
      'hotspot 10.42.0.1',
      'wlan0 192.168.1.20',
      'wlan0 fd00::2',
      'lo 127.0.0.1',
      'lo ::1',
    ]);
  });

  it('binds only an address of this computer, never 0.0.0.0 or ::', () => {
    const interfaces = listInterfaces(table);
    expect(isBindable('192.168.1.20', interfaces)).toBe(true);
    expect(isBindable('127.0.0.1', interfaces)).toBe(true);
    for (const address of ['0.0.0.0', '::', '0:0:0:0:0:0:0:0', '192.168.1.21', 'fe80::1', 'localhost', '']) {
      expect(isBindable(address, interfaces), address).toBe(false);
    }
    expect(isUnspecified('::0')).toBe(true);
    expect(isUnspecified('::1')).toBe(false);
  });
});
