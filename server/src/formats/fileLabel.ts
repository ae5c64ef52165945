// How a document is named to the user (report headings, exports, notices, workspace symbols): its
// file name, decoded, without query or fragment; the raw name when it is not valid percent-encoding
// (decoding never throws), or the whole URI when it has no name.
export function fileLabel(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}
