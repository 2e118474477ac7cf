import { zipSync } from 'fflate';

/** One file to put in a ZIP archive. */
export interface ZipFile {
  name: string;
  data: Buffer;
}

/**
 * Writes a ZIP archive with fflate, the files stored uncompressed (small exports do not need deflate) and
 * non-ASCII names flagged UTF-8. ZIP headers hold a date and time without a zone: they carry the UTC time
 * of `modifiedAt` (fflate reads the local fields of the Date it gets, so it gets one whose local fields
 * are those UTC fields), and years before 1980 become 1980. On a host whose zone has summer time (Azure
 * Functions runs in UTC), an export made in the hour that zone skips says one hour later.
 */
export function writeZip(files: readonly ZipFile[], modifiedAt: Date): Buffer {
  const at = modifiedAt;
  const mtime = new Date(
    Math.max(at.getUTCFullYear(), 1980),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
  const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, file.data])), { level: 0, mtime });
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}
