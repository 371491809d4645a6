/**
 * The network interfaces the chair can bind the server to. Never "all
 * interfaces" (0.0.0.0 / ::): the server listens on the one network the chair
 * chose (the venue's Wi-Fi, or the laptop's hotspot), not on every network
 * the laptop happens to be on. IPv6 link-local addresses are left out: their
 * URL needs a zone id that phones cannot type.
 */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { LanInterface } from '../../../common/contract/lan';

type InterfaceTable = ReturnType<typeof networkInterfaces>;

export function listInterfaces(table: InterfaceTable = networkInterfaces()): LanInterface[] {
  const out: LanInterface[] = [];
  for (const [name, entries] of Object.entries(table)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' && entry.family !== 'IPv6') continue;
      if (isUnspecified(entry.address)) continue;
      if (entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80:')) continue;
      out.push({ name, address: entry.address, family: entry.family, internal: entry.internal });
    }
  }
  // The venue's network first (IPv4, not loopback): what the chair most likely wants.
  const rank = (i: LanInterface) => (i.internal ? 2 : 0) + (i.family === 'IPv6' ? 1 : 0);
  return out.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** 0.0.0.0, ::, 0:0:0:0:0:0:0:0 — "every interface". */
export function isUnspecified(address: string): boolean {
  if (isIP(address) === 4) return address.split('.').every((part) => Number(part) === 0);
  if (isIP(address) === 6) return address.split(':').every((group) => group === '' || /^0+$/.test(group));
  return false;
}

/** An address the server may bind: a real address of one of this computer's interfaces right now. */
export function isBindable(address: string, interfaces: readonly LanInterface[] = listInterfaces()): boolean {
  if (isIP(address) === 0 || isUnspecified(address)) return false;
  return interfaces.some((i) => i.address === address);
}
