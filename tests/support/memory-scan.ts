import fs from 'node:fs';

const CHUNK = 64 * 1024 * 1024;

/**
 * Lists where each needle occurs in the readable memory of process `pid`, read through /proc/<pid>/mem (a child of
 * the test process: the kernel lets a parent read it). Every readable mapping is read: heaps, the WASM memories of
 * workers, stacks, and file mappings.
 */
export function scanMemory(
  pid: number,
  needles: Record<string, Uint8Array>,
): { hits: Record<string, string[]>; bytes: number } {
  const hits: Record<string, string[]> = {};
  const longest = Math.max(...Object.values(needles).map((n) => n.length));
  const maps = fs.readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n').filter(Boolean);
  const fd = fs.openSync(`/proc/${pid}/mem`, 'r');
  let bytes = 0;
  try {
    for (const line of maps) {
      const [range = '', perms = '', , , , name = ''] = line.split(/\s+/);
      if (!perms.startsWith('r') || name === '[vvar]' || name === '[vsyscall]' || name === '[vvar_vclock]') continue;
      const [start = 0n, end = 0n] = range.split('-').map((hex) => BigInt(`0x${hex}`));
      for (let offset = start; offset < end; offset += BigInt(CHUNK)) {
        // Overlap by a needle's length so a needle straddling two chunks is still found (counted once).
        const length = Number(end - offset < BigInt(CHUNK + longest) ? end - offset : BigInt(CHUNK + longest));
        const buffer = Buffer.alloc(length);
        let read = 0;
        try {
          read = fs.readSync(fd, buffer, 0, length, offset);
        } catch {
          break; // a guard page or a mapping that went away: nothing readable there
        }
        bytes += Math.min(read, CHUNK);
        const view = buffer.subarray(0, read);
        for (const [needleName, needle] of Object.entries(needles)) {
          for (let at = view.indexOf(needle); at !== -1 && at < CHUNK; at = view.indexOf(needle, at + 1)) {
            // Where it was found, so that a failure says which mapping (heap, stack, a worker's memory) kept it.
            (hits[needleName] ??= []).push(`${name || 'anonymous'} ${range} +${Number(offset - start) + at}`);
          }
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return { hits, bytes };
}
