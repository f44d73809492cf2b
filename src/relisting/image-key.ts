/**
 * An image URL reduced to what identifies the file: lower-case host (default port dropped) and path, without
 * scheme, query string or fragment, so `HTTPS://CDN.Example.com/i/abc.jpg?w=300` and
 * `http://cdn.example.com/i/abc.jpg` agree. Paths keep their case. Undefined for anything but an absolute
 * http(s) URL (protocol-relative `//host/path` is read as https).
 * @example imageKey('HTTPS://CDN.Example.com/i/abc.jpg?w=300#zoom') // 'cdn.example.com/i/abc.jpg'
 */
export function imageKey(raw: string): string | undefined {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text.startsWith('//') ? `https:${text}` : text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.pathname === '/' || url.pathname === '') return undefined;
  return `${url.host}${url.pathname}`;
}
