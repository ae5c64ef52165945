// How a document is named to the user (report headings, exports): its file name, decoded, or the
// whole URI when it has no path or its name is not valid percent-encoding.
export function fileLabel(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}
