import { useEffect, useState } from 'react';
import { photoObjectUrl } from './evidenceApi';

/** A photo's bytes (fetched with the bearer token) as an object URL for an <img>, revoked when the path changes or the component goes. */
export function usePhotoObjectUrl(path: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    let made: string | null = null;
    photoObjectUrl(path, abort.signal).then((objectUrl) => {
      made = objectUrl;
      if (!abort.signal.aborted) setUrl(objectUrl);
    }, () => undefined);
    return () => {
      abort.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [path]);
  return url;
}
