/** A decoded text and the encoding that decoded it. */
export interface DecodedText {
  text: string;
  encoding: string;
}

const CODE_PAGES: Readonly<Record<string, string>> = {
  '936': 'gbk', 'cp936': 'gbk', 'gbk': 'gbk', 'gb2312': 'gbk', 'gb18030': 'gb18030', '54936': 'gb18030',
  '65001': 'utf-8', 'utf-8': 'utf-8', 'utf8': 'utf-8', '950': 'big5', 'big5': 'big5',
};

/**
 * The TextDecoder label for a shapefile .cpg (e.g. `GBK`, `936`, `ANSI 936`, `UTF-8`, `65001`),
 * or undefined when it names nothing a browser decodes.
 */
export function encodingFromCpg(cpg: string): string | undefined {
  const name = cpg.trim().toLowerCase().replace(/^ansi\s*/, '');
  const label = CODE_PAGES[name] ?? name;
  return isSupportedEncoding(label) ? label : undefined;
}

/** True when this environment's TextDecoder knows `label`. */
export function isSupportedEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** True when `bytes` are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes text whose encoding may not be stated: `declared` when given and known, else UTF-8 when
 * the bytes are valid UTF-8 (a byte-order mark is dropped), else GBK, which is what Chinese Windows
 * software writes.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const encoding = declared !== undefined && isSupportedEncoding(declared) ? declared : isUtf8(bytes) ? 'utf-8' : 'gbk';
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
