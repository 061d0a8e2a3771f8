/**
 * Checks a .docx (a ZIP archive) against the unpack limits before mammoth opens it. mammoth
 * inflates every entry it reads in memory with JSZip, which trusts the archive: a 1 MB file that
 * unpacks to 1 GB took 20 s and 1.6 GB. Reading the central directory (APPNOTE.TXT 4.3.12, 4.3.16)
 * is a few fixed offsets, so it is done here rather than with another dependency; then every entry
 * is inflated once with zlib's `maxOutputLength` at its declared size, so an archive whose
 * directory understates a size is caught too, without ever holding more than that entry.
 */
import { inflateRawSync } from 'node:zlib';
import { DocumentError } from '../document-error';
import { LIMITS, tooComplex } from './limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MB = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  localOffset: number;
}

function corrupt(): DocumentError {
  return new DocumentError('corrupt', 'Het Word-bestand is beschadigd en kan niet worden gelezen.');
}

function findEndOfDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw corrupt();
}

/** The central directory's entries; refuses ZIP64 (no Word document needs it) and too many entries. */
export function readZipDirectory(zip: Buffer): Entry[] {
  if (zip.length < 22) throw corrupt();
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw tooComplex('Het Word-bestand is te groot (ZIP64) en wordt niet ingelezen.');
  if (count > LIMITS.docxEntries)
    throw tooComplex(`Het Word-bestand bestaat uit meer dan ${LIMITS.docxEntries} delen en wordt niet ingelezen.`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw corrupt();
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      packed: zip.readUInt32LE(at + 20),
      unpacked: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Throws `too_complex` when the archive unpacks beyond the limits, `corrupt` when it is no readable ZIP. */
export function checkDocxLimits(zip: Buffer): void {
  const entries = readZipDirectory(zip);
  let total = 0;
  for (const entry of entries) {
    if (entry.unpacked === 0xffffffff || entry.packed === 0xffffffff)
      throw tooComplex('Het Word-bestand is te groot (ZIP64) en wordt niet ingelezen.');
    total += entry.unpacked;
    if (total > LIMITS.docxUnpackedBytes)
      throw tooComplex(
        `Het Word-bestand pakt uit tot meer dan ${LIMITS.docxUnpackedBytes / MB} MB en wordt niet ingelezen.`,
      );
    if (entry.unpacked > LIMITS.docxRatioFloorBytes && entry.unpacked > entry.packed * LIMITS.docxRatio)
      throw tooComplex(
        `Het Word-bestand bevat een onderdeel (${entry.name.slice(0, 80)}) dat meer dan ${LIMITS.docxRatio} keer zo groot uitpakt; het wordt niet ingelezen.`,
      );
  }
  for (const entry of entries) verifyEntry(zip, entry);
}

/** Inflates one entry with its declared size as the ceiling: an understated size is an attack, not a document. */
function verifyEntry(zip: Buffer, entry: Entry): void {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) throw corrupt();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.packed > zip.length) throw corrupt();
  const data = zip.subarray(start, start + entry.packed);
  if (entry.method === STORED) {
    if (entry.packed !== entry.unpacked) throw corrupt();
    return;
  }
  if (entry.method !== DEFLATED) throw corrupt();
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.unpacked) });
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooComplex('Het Word-bestand pakt verder uit dan het zelf opgeeft en wordt niet ingelezen.');
    throw corrupt();
  }
}
