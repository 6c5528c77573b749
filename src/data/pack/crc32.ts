/**
 * CRC-32 (IEEE 802.3, the checksum of zip and PNG) of some bytes: each pack part carries one, so a
 * part damaged on its way (a truncated upload, a proxy that rewrote it) is told apart from a good
 * one. Not a defence against someone who means harm (the events are validated for that); SubtleCrypto's
 * hashes would be, but are missing on plain-http sites.
 */
let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

export function crc32(bytes: Uint8Array): number {
  const t = (table ??= crcTable());
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
