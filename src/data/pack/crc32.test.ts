import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the standard check values', () => {
    // the CRC-32 catalogue's check value, and zlib's crc32('') and crc32('a')
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(new TextEncoder().encode('a'))).toBe(0xe8b7be43);
  });

  it('changes when one bit does', () => {
    const a = new TextEncoder().encode('withdrawal-map pack part');
    const b = a.slice();
    b[5]! ^= 1;
    expect(crc32(a)).not.toBe(crc32(b));
  });
});
