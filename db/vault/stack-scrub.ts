/**
 * SQLite3MultipleCiphers expands the AES key on the native stack for every page it reads (Rijndael's key schedule
 * copies the raw key into a local array and leaves it there). After the connection closes, that copy stays in the
 * main thread's stack until something else runs that deep. Deep recursion of an interpreted function writes fresh
 * frames over that region: V8 fills every register slot of an interpreter frame on entry, so the old bytes go.
 * The key-memory test shows the copy without this, and none with it.
 */
const DEPTH = 1500;

function burn(depth: number, a: number, b: number, c: number, d: number): number {
  if (depth === 0) return a ^ b ^ c ^ d;
  const e = a + depth;
  const f = b ^ depth;
  const g = c - depth;
  const h = d + (depth & 7);
  return burn(depth - 1, e, f, g, h) + 1;
}

export function scrubStack(): void {
  try {
    burn(DEPTH, 1, 2, 3, 4);
  } catch {
    // A stack overflow here means the stack was filled: the point of the exercise.
  }
}
