import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

/** A standard ZIP tester on this machine: Info-ZIP's `unzip -t`, else Python's `zipfile -t` (every machine here has python3). */
const testers: readonly (readonly [string, readonly string[]])[] = [
  ['unzip', ['-tqq']],
  ['python3', ['-m', 'zipfile', '-t']],
];
let tester: readonly [string, readonly string[]] | null | undefined;
function standardTester(): readonly [string, readonly string[]] | null {
  tester ??= testers.find(([command]) => spawnSync(command, ['-h'], { stdio: 'ignore' }).error === undefined) ?? null;
  return tester;
}

/**
 * Tests the archive with a standard reader (every entry inflated and its CRC checked), independent of
 * fflate, which writes our archives, so a broken archive cannot hide behind the same library. A machine
 * with neither `unzip` nor `python3` fails the test rather than skipping the check.
 */
function testWithStandardReader(zip: Buffer): void {
  const found = standardTester();
  if (!found) throw new Error('no standard ZIP tester: install unzip or python3');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elan-zip-'));
  try {
    const file = path.join(dir, 'archive.zip');
    fs.writeFileSync(file, zip);
    const [command, args] = found;
    const result = spawnSync(command, [...args, file], { encoding: 'utf8' });
    // Python's tester reports a bad CRC on stdout and still exits 0.
    if (result.status !== 0 || /corrupted/i.test(result.stdout))
      throw new Error(`${command} rejects the ZIP: ${result.stdout}${result.stderr}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads a ZIP for tests with fflate through its central directory, in archive order, checking that no
 * name is repeated and that every entry has its declared size; a standard reader checks the CRCs.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  testWithStandardReader(zip);
  const entries: { name: string; originalSize: number }[] = [];
  const unzipped = unzipSync(zip, {
    filter: ({ name, originalSize }) => {
      if (entries.some((e) => e.name === name)) throw new Error(`duplicate entry ${name}`);
      entries.push({ name, originalSize });
      return true;
    },
  });
  const files = new Map<string, Buffer>();
  for (const { name, originalSize } of entries) {
    const data = unzipped[name];
    if (!data || data.length !== originalSize) throw new Error(`size mismatch for ${name}`);
    files.set(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  return files;
}
