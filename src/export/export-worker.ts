/** Assembling and rendering an export in a worker thread: the server answers other requests meanwhile. */
import { offMainThread, serveWorkerTask } from '../common/worker-task';
import { type ExportRows, exportDataOf } from './export-assembly';
import { type ExportFormat, render } from './export-formats';

interface RenderTask {
  rows: ExportRows;
  format: ExportFormat;
}

const renderTask = ({ rows, format }: RenderTask): Promise<Buffer> => render(exportDataOf(rows), format);

/** The export file of these rows in this format, built off the main thread. */
export async function renderExportOffThread(rows: ExportRows, format: ExportFormat): Promise<Buffer> {
  const out = await offMainThread<RenderTask, Uint8Array>(__filename, 'export', { rows, format }, renderTask);
  // (a Buffer comes back from a worker as a plain Uint8Array over the same bytes)
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

serveWorkerTask('export', renderTask);
