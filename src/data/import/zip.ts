import { unzipSync } from 'fflate';
import { decodeText } from './decode';
import { formatBytes, type ImportLimits } from './limits';
import { describeError, t, type ProblemList } from './problems';

/** The files of an archive (or of a dropped folder), by path. */
export type FileSet = Map<string, Uint8Array>;

/** True when `bytes` start like a ZIP archive (`PK\x03\x04`). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The files of a ZIP archive, refusing (with a problem naming the limit) archives with too many
 * entries or that unpack to more than the limits allow. macOS resource forks and folders are
 * skipped; names stored in GBK without the UTF-8 flag (Chinese Windows) are decoded as GBK.
 */
export function unzipFiles(file: string, bytes: Uint8Array, limits: ImportLimits, problems: ProblemList): FileSet | undefined {
  let entries = 0;
  let declared = 0;
  let tooBig = '';
  try {
    const files = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/') || entry.name.includes('__MACOSX')) return false;
        entries++;
        declared += entry.originalSize;
        if (entry.originalSize > limits.maxFileBytes) tooBig = entry.name;
        return entries <= limits.maxArchiveEntries && declared <= limits.maxArchiveBytes && tooBig === '';
      },
    });
    const refusal = archiveRefusal(entries, declared, tooBig, files, limits);
    if (refusal) {
      problems.add('error', 'import-limit', { file }, refusal, t('把压缩包拆小,或只放需要的图层。', 'Split the archive, or include only the layers you need.'));
      return undefined;
    }
    return new Map(Object.entries(files).map(([name, data]) => [repairZipName(name), data]));
  } catch (error) {
    problems.add('error', 'import-format', { file },
      t(`无法解压:${describeError(error)}`, `Could not unzip: ${describeError(error)}`),
      t('确认文件是完整的 ZIP/KMZ(重新下载或重新压缩)。', 'Make sure the file is a complete ZIP/KMZ (download or zip it again).'));
    return undefined;
  }
}

function archiveRefusal(entries: number, declared: number, tooBig: string, files: Record<string, Uint8Array>, limits: ImportLimits): ReturnType<typeof t> | undefined {
  if (entries > limits.maxArchiveEntries) {
    return t(`压缩包内文件超过 ${limits.maxArchiveEntries} 个,拒绝读取。`, `The archive holds more than ${limits.maxArchiveEntries} files; not read.`);
  }
  const unpacked = Object.values(files).reduce((sum, f) => sum + f.length, 0);
  if (tooBig !== '' || Object.values(files).some((f) => f.length > limits.maxFileBytes)) {
    return t(`压缩包内的文件 ${tooBig} 超过单个文件上限 ${formatBytes(limits.maxFileBytes)},拒绝读取。`,
      `A file in the archive (${tooBig}) is larger than the ${formatBytes(limits.maxFileBytes)} limit per file; not read.`);
  }
  if (declared > limits.maxArchiveBytes || unpacked > limits.maxArchiveBytes) {
    return t(`解压后超过 ${formatBytes(limits.maxArchiveBytes)},拒绝读取。`, `It unpacks to more than ${formatBytes(limits.maxArchiveBytes)}; not read.`);
  }
  return undefined;
}

function repairZipName(name: string): string {
  const codes = Array.from(name, (c) => c.charCodeAt(0));
  if (!codes.some((c) => c >= 0x80) || codes.some((c) => c > 0xff)) return name;
  const bytes = Uint8Array.from(codes);
  return decodeText(bytes).text;
}
