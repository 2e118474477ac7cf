import { readZip as readZipFiles } from '../../api/src/documents/testing/zipReader';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Reads a ZIP through its central directory with the project's test reader (CRC and sizes checked), in archive order. */
export function readZip(zip: Buffer): ZipEntry[] {
  return [...readZipFiles(zip)].map(([name, data]) => ({ name, data }));
}
