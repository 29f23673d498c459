/**
 * The widget's lazily loaded pieces, each loaded once per page and retried after a failure (see lazyChunk):
 * the notes sanitiser (DOMPurify, the largest piece, loaded beside the feed rather than with the script), the
 * transcript viewer, and the chapter readers.
 */
import { lazyChunk } from '../util/lazy-chunk.js';
import { whenParserRunning } from '../feed/parser-start.js';

// Asked for once the parser worker runs (compiling DOMPurify before would hold that worker's start back), and warmed
// in a task of its own.
export const loadSanitizer = lazyChunk(() =>
  whenParserRunning()
    .then(() => import('../ui/notes-html.js'))
    .then((module) => {
      setTimeout(module.warmUpNotes);
      return module.notesHtml;
    }),
);

/** Defines `<podcast-episode-transcript>`; resolves once it is. */
export const loadTranscriptViewer = lazyChunk(() =>
  import('../transcript/index.js').then((module) => module.defineTranscriptElement()),
);

/** Reads `src` snapshots: only pages that use them load it. */
export const loadSnapshotReader = lazyChunk(async () => {
  const [{ readSnapshotText }, { snapshotData }, { fetchResource }, { viewOf }] = await Promise.all([
    import('../snapshot/read-snapshot.js'),
    import('../snapshot/snapshot-data.js'),
    import('../net/fetch-resource.js'),
    import('../feed/episode-view.js'),
  ]);
  return { readSnapshotText, snapshotData, fetchResource, viewOf };
});

/** The chapters reader and the chapter list's view and styles (see chapters-chunk.ts). */
export const loadChaptersChunk = lazyChunk(() => import('../chapters/chapters-chunk.js'));
